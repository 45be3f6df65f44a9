import { createApiClient } from "@digitalocean/dots";

// ruleid: secrets/digitalocean-token
const client = createApiClient({ token: process.env.DIGITALOCEAN_TOKEN });

// ok: secrets/digitalocean-token
const client = createApiClient({ token: process.env.DIGITALOCEAN_TOKEN });

// ok: secrets/digitalocean-token
const client = createApiClient({ token: "dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
