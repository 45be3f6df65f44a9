import Groq from "groq-sdk";

// ruleid: secrets/groq-api-key
const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });

// ok: secrets/groq-api-key
const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });

// ok: secrets/groq-api-key
const groq = new Groq({ apiKey: "gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
