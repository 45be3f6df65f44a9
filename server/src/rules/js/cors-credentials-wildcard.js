const express = require("express");
const cors = require("cors");

const app = express();

// ruleid: js/cors-credentials-wildcard
app.use(cors({ origin: true, credentials: true }));

const api = express.Router();
api.use(
  // ruleid: js/cors-credentials-wildcard
  cors({
    origin: "*",
    credentials: true,
  }),
);

// ok: js/cors-credentials-wildcard
app.use(cors({ origin: ["https://app.example.com", "https://admin.example.com"], credentials: true }));

// ok: js/cors-credentials-wildcard
app.use("/public", cors({ origin: "*" }));

const reflect = (origin, callback) => callback(null, true);
// todoruleid: js/cors-credentials-wildcard
app.use(cors({ origin: reflect, credentials: true }));
