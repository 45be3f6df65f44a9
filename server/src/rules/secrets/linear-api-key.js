import { LinearClient } from "@linear/sdk";

// ruleid: secrets/linear-api-key
const linear = new LinearClient({ apiKey: "lin_api_lFR5qYQjiM1tDJBprcRTazXImCf8Qw7PDRNPrs4D" });

// ok: secrets/linear-api-key
const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });

// ok: secrets/linear-api-key
const linear = new LinearClient({ apiKey: "lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
