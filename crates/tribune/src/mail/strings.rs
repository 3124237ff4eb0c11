//! What mail says, in each language a site can choose (`sites.language`): English, Russian
//! and Turkish, the publication's readers' three. `{name}`-style holes are filled by
//! [`fill`]; a language Tribune does not know reads English.

pub struct Strings {
    pub greeting: &'static str,
    pub reply_subject_one: &'static str,
    pub reply_subject_many: &'static str,
    pub thread_subject: &'static str,
    pub reply_intro: &'static str,
    pub thread_intro: &'static str,
    pub wrote: &'static str,
    pub read_reply: &'static str,
    pub why_replies: &'static str,
    pub why_thread: &'static str,
    pub stop: &'static str,
    pub subscribe_subject: &'static str,
    pub follow_subject: &'static str,
    pub subscribe_body: &'static str,
    pub confirm: &'static str,
    pub not_you: &'static str,
    pub signup_subject: &'static str,
    pub signup_body: &'static str,
    pub exists_subject: &'static str,
    pub exists_body: &'static str,
    pub reset_subject: &'static str,
    pub reset_body: &'static str,
    pub choose_password: &'static str,
    pub verify_subject: &'static str,
    pub verify_body: &'static str,
    pub suspended_subject: &'static str,
    pub banned_subject: &'static str,
    pub suspended_body: &'static str,
    pub banned_body: &'static str,
    pub reason: &'static str,
    pub appeal_body: &'static str,
    pub appeal: &'static str,
    pub appeal_accepted_subject: &'static str,
    pub appeal_rejected_subject: &'static str,
    pub appeal_accepted_body: &'static str,
    pub appeal_rejected_body: &'static str,
    pub answer: &'static str,
    pub digest_subject: &'static str,
    pub digest_intro: &'static str,
    pub digest_held: &'static str,
    pub digest_reports: &'static str,
    pub digest_appeals: &'static str,
    pub open_queue: &'static str,
    pub why_digest: &'static str,
    pub campaign_subject: &'static str,
    pub campaign_body: &'static str,
    pub open_campaigns: &'static str,
}

const EN: Strings = Strings {
    greeting: "Hello {name},",
    reply_subject_one: "{author} replied to you on “{title}”",
    reply_subject_many: "{count} new replies on {site}",
    thread_subject: "New comments on “{title}”",
    reply_intro: "Readers of {site} answered you:",
    thread_intro: "New comments on a discussion you follow on {site}:",
    wrote: "{author} wrote on “{title}”:",
    read_reply: "Read and reply",
    why_replies: "You get this because you asked to hear about replies to your comments on {site}.",
    why_thread: "You get this because you follow this discussion on {site}.",
    stop: "Stop these e-mails",
    subscribe_subject: "Confirm: replies to your comment on {site}",
    follow_subject: "Confirm: follow “{title}” on {site}",
    subscribe_body: "Someone, probably you, asked {site} to e-mail this address about new comments. Nothing will be sent until you confirm.",
    confirm: "Confirm",
    not_you: "If it was not you, ignore this e-mail.",
    signup_subject: "Confirm your account on {site}",
    signup_body: "Follow this link within a day to finish creating your account.",
    exists_subject: "Your account on {site}",
    exists_body: "Someone, maybe you, tried to create an account with this address, but you already have one. Sign in with your password, or choose a new one.",
    reset_subject: "Choose a new password for {site}",
    reset_body: "Follow this link within an hour to choose a new password.",
    choose_password: "Choose a password",
    verify_subject: "Confirm your e-mail address on {site}",
    verify_body: "Confirm that this address is yours to get replies to your comments by e-mail.",
    suspended_subject: "You are suspended from commenting on {site}",
    banned_subject: "You are banned from commenting on {site}",
    suspended_body: "The moderators of {site} suspended you until {until}.",
    banned_body: "The moderators of {site} banned you from commenting.",
    reason: "Reason",
    appeal_body: "If you think this is a mistake, you can appeal. A moderator will read it and answer by e-mail.",
    appeal: "Appeal",
    appeal_accepted_subject: "Your appeal on {site} was accepted",
    appeal_rejected_subject: "Your appeal on {site} was rejected",
    appeal_accepted_body: "The moderators accepted your appeal: you can comment again.",
    appeal_rejected_body: "The moderators read your appeal and kept the decision.",
    answer: "Their answer",
    digest_subject: "{site}: {held} held, {reports} reports, {appeals} appeals",
    digest_intro: "Waiting for the moderators of {site}:",
    digest_held: "comments held for review ({new} new)",
    digest_reports: "open reports ({new} new)",
    digest_appeals: "appeals ({new} new)",
    open_queue: "Open the queue",
    why_digest: "You get this digest as a moderator of {site}; choose how often in the moderation settings.",
    campaign_subject: "{site}: a coordinated campaign of {count} accounts",
    campaign_body: "The campaign detector found accounts acting together on {site}:",
    open_campaigns: "Review the campaign",
};

const RU: Strings = Strings {
    greeting: "Здравствуйте, {name}!",
    reply_subject_one: "{author} ответил(а) вам в обсуждении «{title}»",
    reply_subject_many: "Новых ответов на {site}: {count}",
    thread_subject: "Новые комментарии к «{title}»",
    reply_intro: "Читатели {site} ответили вам:",
    thread_intro: "Новые комментарии в обсуждении, за которым вы следите на {site}:",
    wrote: "{author} пишет в обсуждении «{title}»:",
    read_reply: "Прочитать и ответить",
    why_replies: "Вы получили это письмо, потому что просили сообщать об ответах на ваши комментарии на {site}.",
    why_thread: "Вы получили это письмо, потому что следите за этим обсуждением на {site}.",
    stop: "Больше не присылать такие письма",
    subscribe_subject: "Подтвердите: ответы на ваш комментарий на {site}",
    follow_subject: "Подтвердите подписку на «{title}» на {site}",
    subscribe_body: "Кто-то, вероятно вы, попросил {site} присылать на этот адрес новые комментарии. Пока вы не подтвердите, писем не будет.",
    confirm: "Подтвердить",
    not_you: "Если это были не вы, просто не отвечайте на это письмо.",
    signup_subject: "Подтвердите регистрацию на {site}",
    signup_body: "Перейдите по ссылке в течение суток, чтобы завершить регистрацию.",
    exists_subject: "Ваша учётная запись на {site}",
    exists_body: "Кто-то, возможно вы, пытался зарегистрироваться с этим адресом, но учётная запись уже есть. Войдите со своим паролем или задайте новый.",
    reset_subject: "Новый пароль для {site}",
    reset_body: "Перейдите по ссылке в течение часа, чтобы задать новый пароль.",
    choose_password: "Задать пароль",
    verify_subject: "Подтвердите адрес почты на {site}",
    verify_body: "Подтвердите, что это ваш адрес, чтобы получать ответы на комментарии по почте.",
    suspended_subject: "Ваше право комментировать на {site} приостановлено",
    banned_subject: "Вам запрещено комментировать на {site}",
    suspended_body: "Модераторы {site} приостановили ваше право комментировать до {until}.",
    banned_body: "Модераторы {site} запретили вам комментировать.",
    reason: "Причина",
    appeal_body: "Если вы считаете это ошибкой, подайте апелляцию. Модератор прочитает её и ответит по почте.",
    appeal: "Подать апелляцию",
    appeal_accepted_subject: "Ваша апелляция на {site} принята",
    appeal_rejected_subject: "Ваша апелляция на {site} отклонена",
    appeal_accepted_body: "Модераторы приняли вашу апелляцию: вы снова можете комментировать.",
    appeal_rejected_body: "Модераторы рассмотрели вашу апелляцию и оставили решение в силе.",
    answer: "Их ответ",
    digest_subject: "{site}: на проверке {held}, жалоб {reports}, апелляций {appeals}",
    digest_intro: "Ждут модераторов {site}:",
    digest_held: "комментарии на проверке (новых: {new})",
    digest_reports: "открытые жалобы (новых: {new})",
    digest_appeals: "апелляции (новых: {new})",
    open_queue: "Открыть очередь",
    why_digest: "Вы получаете эту сводку как модератор {site}; частоту можно изменить в настройках модерации.",
    campaign_subject: "{site}: скоординированная кампания, аккаунтов: {count}",
    campaign_body: "Детектор кампаний нашёл аккаунты, действующие согласованно на {site}:",
    open_campaigns: "Рассмотреть кампанию",
};

const TR: Strings = Strings {
    greeting: "Merhaba {name},",
    reply_subject_one: "{author}, “{title}” yazısında size yanıt verdi",
    reply_subject_many: "{site} üzerinde {count} yeni yanıt",
    thread_subject: "“{title}” yazısına yeni yorumlar",
    reply_intro: "{site} okurları size yanıt verdi:",
    thread_intro: "{site} üzerinde takip ettiğiniz tartışmada yeni yorumlar:",
    wrote: "{author}, “{title}” yazısına yazdı:",
    read_reply: "Okuyun ve yanıtlayın",
    why_replies: "Bu e-postayı, {site} üzerindeki yorumlarınıza gelen yanıtlardan haberdar olmak istediğiniz için alıyorsunuz.",
    why_thread: "Bu e-postayı, {site} üzerinde bu tartışmayı takip ettiğiniz için alıyorsunuz.",
    stop: "Bu e-postaları durdur",
    subscribe_subject: "Onaylayın: {site} üzerindeki yorumunuza gelen yanıtlar",
    follow_subject: "Onaylayın: {site} üzerinde “{title}” takibi",
    subscribe_body: "Birisi, muhtemelen siz, {site} sitesinden bu adrese yeni yorumları göndermesini istedi. Onaylamadığınız sürece hiçbir şey gönderilmeyecek.",
    confirm: "Onayla",
    not_you: "Bu siz değilseniz bu e-postayı dikkate almayın.",
    signup_subject: "{site} hesabınızı onaylayın",
    signup_body: "Hesabınızı oluşturmayı tamamlamak için bir gün içinde bu bağlantıyı izleyin.",
    exists_subject: "{site} hesabınız",
    exists_body: "Birisi, belki siz, bu adresle hesap açmaya çalıştı, ancak zaten bir hesabınız var. Şifrenizle giriş yapın ya da yeni bir şifre seçin.",
    reset_subject: "{site} için yeni şifre seçin",
    reset_body: "Yeni bir şifre seçmek için bir saat içinde bu bağlantıyı izleyin.",
    choose_password: "Şifre seçin",
    verify_subject: "{site} için e-posta adresinizi onaylayın",
    verify_body: "Yorumlarınıza gelen yanıtları e-postayla almak için bu adresin size ait olduğunu onaylayın.",
    suspended_subject: "{site} üzerinde yorum yapmanız askıya alındı",
    banned_subject: "{site} üzerinde yorum yapmanız yasaklandı",
    suspended_body: "{site} moderatörleri yorum yapmanızı {until} tarihine kadar askıya aldı.",
    banned_body: "{site} moderatörleri yorum yapmanızı yasakladı.",
    reason: "Gerekçe",
    appeal_body: "Bunun bir hata olduğunu düşünüyorsanız itiraz edebilirsiniz. Bir moderatör okuyup e-postayla yanıtlayacak.",
    appeal: "İtiraz et",
    appeal_accepted_subject: "{site} üzerindeki itirazınız kabul edildi",
    appeal_rejected_subject: "{site} üzerindeki itirazınız reddedildi",
    appeal_accepted_body: "Moderatörler itirazınızı kabul etti: yeniden yorum yapabilirsiniz.",
    appeal_rejected_body: "Moderatörler itirazınızı inceledi ve kararı korudu.",
    answer: "Yanıtları",
    digest_subject: "{site}: {held} bekleyen, {reports} şikâyet, {appeals} itiraz",
    digest_intro: "{site} moderatörlerini bekleyenler:",
    digest_held: "incelemede bekleyen yorumlar ({new} yeni)",
    digest_reports: "açık şikâyetler ({new} yeni)",
    digest_appeals: "itirazlar ({new} yeni)",
    open_queue: "Kuyruğu aç",
    why_digest: "Bu özeti {site} moderatörü olarak alıyorsunuz; sıklığını moderasyon ayarlarından seçebilirsiniz.",
    campaign_subject: "{site}: {count} hesaplık koordineli kampanya",
    campaign_body: "Kampanya dedektörü {site} üzerinde birlikte hareket eden hesaplar buldu:",
    open_campaigns: "Kampanyayı incele",
};

/// The languages mail can be written in, as `sites.language` names them.
pub const LANGUAGES: [&str; 3] = ["en", "ru", "tr"];

pub fn strings(language: &str) -> &'static Strings {
    match language {
        "ru" => &RU,
        "tr" => &TR,
        _ => &EN,
    }
}

/// `template` with each `{key}` replaced by its value, in one pass: a value that happens to
/// contain `{title}` (a reader's name) stays as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let key = &after[..close];
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_are_filled_and_unknown_languages_read_english() {
        let s = strings("de");
        assert_eq!(
            fill(
                s.reply_subject_one,
                &[("author", "Ann"), ("title", "Budget")]
            ),
            "Ann replied to you on “Budget”"
        );
        assert_eq!(
            fill("{a} and {b} {c}", &[("a", "{b}"), ("b", "x")]),
            "{b} and x {c}"
        );
        assert!(strings("ru").confirm.starts_with("Подтвер"));
        assert_eq!(strings("tr").confirm, "Onayla");
    }
}
