import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../test/harness.js';

describe('graceful shutdown', () => {
  it('finishes a request already in flight, then refuses new connections', async () => {
    const server = await startTestServer();
    const body = JSON.stringify({ query: '{ currentPortal { name } }' });
    // The request is in flight: headers sent, body not yet complete.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const stopped = server.stop();
    const { status, text } = await response;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { currentPortal: null } });
    await stopped;
    await expect(fetch(`${server.url}/graphql`)).rejects.toThrow();
  });
});
