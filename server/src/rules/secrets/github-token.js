import { Octokit } from "@octokit/rest";

// ruleid: secrets/github-token
const octokit = new Octokit({ auth: "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" });

// ok: secrets/github-token
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

// ok: secrets/github-token
const octokit = new Octokit({ auth: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
