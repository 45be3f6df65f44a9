import { App } from "@slack/bolt";

// ruleid: secrets/slack-token
const app = new App({ token: "xoxb-139115307226-5995189400122-XGtGlQkDBqs5wiIbPOk0O6Kr", signingSecret: process.env.SLACK_SIGNING_SECRET });

// ok: secrets/slack-token
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

// ok: secrets/slack-token
const app = new App({ token: "xoxb-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", signingSecret: process.env.SLACK_SIGNING_SECRET });

// ruleid: secrets/slack-token
const socket = new App({ appToken: "xapp-1-AYHW04S94CO-1655392039372-bbb258eefda8ee025f9b2f84eb1f853c97d8dad9d7e1ce90ae8fc4c77ec5ed29", socketMode: true, token: process.env.SLACK_BOT_TOKEN });
