# syntax=docker/dockerfile:1
# The app image: `npm start` ingests seeds/ into the configured store (Neo4j when NEO4J_URI is
# set, which docker-compose.yml does) and serves the client and the GraphQL API on PORT.

# ---- build: dependencies and the client bundle ----
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# scripts/ensure-deps.mjs (run by `npm start`) reinstalls unless this stamp matches the lock.
# data/ exists in the image so a volume mounted there starts owned by the node user.
RUN npm run build:client \
 && sha256sum package-lock.json | cut -d' ' -f1 > node_modules/.industry-kg-install-stamp \
 && mkdir -p data

# ---- runtime ----
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    NEO4J_URI=bolt://neo4j:7687
WORKDIR /app
COPY --from=build --chown=node:node /app /app
# /app/data: a volume in docker-compose.yml (the seed fingerprint); owned by node so it can write.
VOLUME ["/app/data"]
USER node
EXPOSE 4000
CMD ["npm", "start"]
