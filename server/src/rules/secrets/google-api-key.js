import { GoogleGenAI } from "@google/genai";

// ruleid: secrets/google-api-key
const ai = new GoogleGenAI({ apiKey: "AIzasseNfO6M_i3_K8CWX2FqBzPzTfrDvINTAY4" });

// ok: secrets/google-api-key
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

// ok: secrets/google-api-key
const ai = new GoogleGenAI({ apiKey: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });

// ok: secrets/google-api-key
const firebaseConfig = { apiKey: "AIzakFfSxh9PB1efIDKmhPHDCF1tYDWghiCKGBb", authDomain: "orbit-notes.firebaseapp.com", projectId: "orbit-notes" };
