// Tests talk to a real MongoDB-wire server and a real Redis; `npm test` starts them and sets these.
for (const key of ['MONGODB_URI', 'REDIS_URL']) {
  if (!process.env[key]) {
    throw new Error(`${key} is not set. Run the suite with \`npm test\`, which starts the services and sets it.`);
  }
}
