# ai-audit-test-path: Dockerfile
FROM node:20.15.1-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build
# ruleid: docker/runs-as-root
FROM node:20.15.1-bookworm-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
