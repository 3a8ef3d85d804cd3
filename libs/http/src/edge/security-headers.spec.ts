import type { NextFunction, Request, Response } from 'express';
import { securityHeaders } from './security-headers.js';

/** The headers one request gets, through a response that only records them. */
function headersFor(path: string, strictTransportSecurity = false): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  } as unknown as Response;
  const request = { path, url: path, method: 'GET', headers: {} } as unknown as Request;
  let passedOn = false;
  securityHeaders({ strictTransportSecurity })(request, response, (() => (passedOn = true)) as NextFunction);
  expect(passedOn).toBe(true);
  return headers;
}

describe('securityHeaders', () => {
  it('gives the API a policy that loads nothing, and the usual hardening headers', () => {
    const headers = headersFor('/api/meetings/m-1');
    expect(headers['content-security-policy']).toBe(
      "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none';object-src 'none'",
    );
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('lets a document page use its inline stylesheet, and no script', () => {
    const policy = headersFor('/api/meetings/m-1/documents/protokoll.html')['content-security-policy'];
    expect(policy).toContain("style-src 'unsafe-inline'");
    expect(policy).not.toMatch(/script-src/);
    expect(headersFor('/api/meetings/m-1/documents/protokoll.json')['content-security-policy']).not.toMatch(
      /style-src/,
    );
  });

  it('lets the API docs UI load its own scripts, and sends HSTS only when told the service is on HTTPS', () => {
    expect(headersFor('/api/docs')['content-security-policy']).toContain("script-src 'self'");
    expect(headersFor('/health', true)['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('gives the web pages styles, fonts and scripts from this service only, nothing inline', () => {
    for (const path of ['/', '/logga-in', '/static/abc/web/site.css']) {
      const headers = headersFor(path);
      const policy = headers['content-security-policy'];
      expect(policy).toContain("style-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("form-action 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      // A page's own form POST must carry its Origin; other sites still get no referrer.
      expect(headers['referrer-policy']).toBe('same-origin');
    }
    for (const path of ['/api', '/health', '/metrics']) {
      expect(headersFor(path)['content-security-policy']).toMatch(/^default-src 'none';frame-ancestors/);
    }
  });
});
