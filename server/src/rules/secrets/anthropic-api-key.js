import Anthropic from "@anthropic-ai/sdk";

// ruleid: secrets/anthropic-api-key
const anthropic = new Anthropic({ apiKey: "sk-ant-api03-irZ5WCd-qwUbsqyQXNVlMwwQXdPJ05da9DMA_OJnY4wC7HNjB755AsA2O60Ktca-473iJEczQ9zmG-ohZCiXHure55p3CAA" });

// ok: secrets/anthropic-api-key
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

// ok: secrets/anthropic-api-key
const anthropic = new Anthropic({ apiKey: "sk-ant-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
