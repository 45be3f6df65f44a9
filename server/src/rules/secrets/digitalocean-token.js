import { createApiClient } from "@digitalocean/dots";

// ruleid: secrets/digitalocean-token
const client = createApiClient({ token: "dop_v1_7562f7b0a34684e0fb02515ee63864bdeca319921c7b51eb1b0198df42fbb5d4" });

// ok: secrets/digitalocean-token
const client = createApiClient({ token: process.env.DIGITALOCEAN_TOKEN });

// ok: secrets/digitalocean-token
const client = createApiClient({ token: "dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
