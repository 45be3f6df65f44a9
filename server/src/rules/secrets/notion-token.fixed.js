import { Client } from "@notionhq/client";

// ruleid: secrets/notion-token
const notion = new Client({ auth: process.env.NOTION_TOKEN });

// ok: secrets/notion-token
const notion = new Client({ auth: process.env.NOTION_TOKEN });

// ok: secrets/notion-token
const notion = new Client({ auth: "ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
