#!/usr/bin/env bash

run_task() {
  local task="$1"
  # ruleid: shell/eval-injection
  eval "$task"
}

set_var() {
  # ruleid: shell/eval-injection
  eval "$1=\"$2\""
}

set_var_safely() {
  # ok: shell/eval-injection
  printf -v "$1" '%s' "$2"
}

# ok: shell/eval-injection
eval "$(ssh-agent -s)"

cmd=(tar -czf backup.tgz "$1")
# ok: shell/eval-injection
"${cmd[@]}"
