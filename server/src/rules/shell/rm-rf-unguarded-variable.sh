#!/usr/bin/env bash

cleanup() {
  # ruleid: shell/rm-rf-unguarded-variable
  rm -rf "$BUILD_DIR/"*
  # ruleid: shell/rm-rf-unguarded-variable
  rm -rf $CACHE_DIR
  # ruleid: shell/rm-rf-unguarded-variable
  rm -fr "${PREFIX}/lib/app"
  # ruleid: shell/rm-rf-unguarded-variable
  rm -rf $WORKDIR/tmp/*
}

cleanup_safely() {
  # ok: shell/rm-rf-unguarded-variable
  rm -rf "${BUILD_DIR:?}/"*
  # ok: shell/rm-rf-unguarded-variable
  rm -rf ./dist /tmp/app-build
  # ok: shell/rm-rf-unguarded-variable
  rm -f "$LOG_FILE"
}
