import Groq from "groq-sdk";

// ruleid: secrets/groq-api-key
const groq = new Groq({ apiKey: "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" });

// ok: secrets/groq-api-key
const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });

// ok: secrets/groq-api-key
const groq = new Groq({ apiKey: "gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
