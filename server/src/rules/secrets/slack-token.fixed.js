import { App } from "@slack/bolt";

// ruleid: secrets/slack-token
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

// ok: secrets/slack-token
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

// ok: secrets/slack-token
const app = new App({ token: "xoxb-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", signingSecret: process.env.SLACK_SIGNING_SECRET });

// ruleid: secrets/slack-token
const socket = new App({ appToken: process.env.SLACK_BOT_TOKEN, socketMode: true, token: process.env.SLACK_BOT_TOKEN });
