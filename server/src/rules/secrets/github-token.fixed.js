import { Octokit } from "@octokit/rest";

// ruleid: secrets/github-token
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

// ok: secrets/github-token
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

// ok: secrets/github-token
const octokit = new Octokit({ auth: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
