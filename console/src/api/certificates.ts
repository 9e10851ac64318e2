import { api, type Answer, type QueryOf } from './client';

/** Certificates of my subtree (src/certificates/routes.ts): search; revoke (admins). */
export type CertificatePage = Answer<'/api/admin/certificates', 'get'>;
export type Certificate = CertificatePage['items'][number];
export type CertificateQuery = QueryOf<'/api/admin/certificates'>;

export const searchCertificates = (query: CertificateQuery, signal?: AbortSignal) => api.get('/api/admin/certificates', { query, signal });
export const revokeCertificate = (id: string, reason: string) => api.post('/api/admin/certificates/{id}/revoke', { params: { id }, body: { reason } });
/** The public pages a certificate's QR code and link open (no sign-in). */
export const verifyUrl = (code: string) => `/verify/${encodeURIComponent(code)}`;
export const posterUrl = (code: string) => `/api/public/certificates/${encodeURIComponent(code)}/poster.png`;
