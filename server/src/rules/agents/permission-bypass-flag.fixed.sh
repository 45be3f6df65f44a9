#!/usr/bin/env bash
# Nightly job: let the agent fix lint errors and open a pull request.
set -euo pipefail

# ruleid: agents/permission-bypass-flag
claude -p "Fix all lint errors and commit"

# ruleid: agents/permission-bypass-flag
gemini -p "update the changelog"

# ruleid: agents/permission-bypass-flag
codex exec "bump dependencies"

# ruleid: agents/permission-bypass-flag
codex exec --sandbox workspace-write "migrate the database schema"

# ok: agents/permission-bypass-flag
claude -p "Fix all lint errors" --allowedTools "Edit" "Bash(npm run lint:*)"

# ok: agents/permission-bypass-flag
codex exec --sandbox workspace-write "update the changelog"

# ok: agents/permission-bypass-flag
npx eslint . --fix --yolo-mode-is-not-a-flag-here

# todoruleid: agents/permission-bypass-flag
AGENT_FLAGS="--perm""ission-mode bypass""Permissions"; claude $AGENT_FLAGS -p "refactor"
