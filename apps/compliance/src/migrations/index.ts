import { CreateCompliance1765100000000 } from './1765100000000-create-compliance';
import { CertificateEvidence1765100200000 } from './1765100200000-certificate-evidence';

/** In order; run after the messaging tables. */
export const complianceMigrations = [CreateCompliance1765100000000, CertificateEvidence1765100200000];
