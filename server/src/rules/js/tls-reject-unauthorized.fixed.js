const https = require("https");
const fs = require("fs");
const axios = require("axios");

// ruleid: js/tls-reject-unauthorized
const agent = new https.Agent({ rejectUnauthorized: true });

async function fetchInventory() {
  return axios.get("https://inventory.internal/api/items", { httpsAgent: agent });
}

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: js/tls-reject-unauthorized
  ssl: { rejectUnauthorized: true },
});

// ok: js/tls-reject-unauthorized
const trustedAgent = new https.Agent({ ca: fs.readFileSync("/etc/ssl/internal-ca.pem") });

// ok: js/tls-reject-unauthorized
const strictPool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: true } });
