import { Client, GatewayIntentBits } from "discord.js";

// ruleid: secrets/discord-bot-token
client.login(process.env.DISCORD_TOKEN);

// ok: secrets/discord-bot-token
client.login(process.env.DISCORD_TOKEN);

// ok: secrets/discord-bot-token
client.login("xxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");

// ok: secrets/discord-bot-token
const version = "discord.js.v14.16.3.release-build";
