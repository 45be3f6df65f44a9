import OpenAI from "openai";

// ruleid: secrets/openai-api-key
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// ok: secrets/openai-api-key
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// ok: secrets/openai-api-key
const openai = new OpenAI({ apiKey: "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });

// ruleid: secrets/openai-api-key
const admin = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// ok: secrets/openai-api-key
const demo = new OpenAI({ apiKey: "sk-proj-..." });
