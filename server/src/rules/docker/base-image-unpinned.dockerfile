# ai-audit-test-path: Dockerfile
ARG NODE_IMAGE=node:latest
# ruleid: docker/base-image-unpinned
FROM $NODE_IMAGE AS assets
RUN npm ci && npm run build
# ruleid: docker/base-image-unpinned
FROM golang AS build
RUN go build -o /out/app ./cmd/app
# ruleid: docker/base-image-unpinned
FROM --platform=linux/amd64 python:3.12.4-slim
# ok: docker/base-image-unpinned
FROM gcr.io/distroless/static-debian12:nonroot@sha256:8dd8d3ca2cf283383304fd45a5c9c74d5f2cd9da8d3b077d720e264880077c65
# ok: docker/base-image-unpinned
FROM build AS test
# ok: docker/base-image-unpinned
FROM scratch
COPY --from=build /out/app /app
