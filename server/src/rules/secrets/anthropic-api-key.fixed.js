import Anthropic from "@anthropic-ai/sdk";

// ruleid: secrets/anthropic-api-key
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

// ok: secrets/anthropic-api-key
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

// ok: secrets/anthropic-api-key
const anthropic = new Anthropic({ apiKey: "sk-ant-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
