package dev.blindspot.lab.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.security.auth.x500.X500Principal;

/**
 * A self-signed X.509 v3 certificate (ECDSA P-256 with SHA-256, no extensions), DER-encoded by hand because the
 * JDK has no public certificate builder. Cameras ship certificates like this: self-issued, subject = issuer.
 */
final class SelfSignedCertificate {

    /** ecdsa-with-SHA256, 1.2.840.10045.4.3.2. */
    private static final byte[] ECDSA_SHA256 = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02};
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private SelfSignedCertificate() {}

    /** Signs a certificate for {@code subject} with {@code keys} (an EC key pair). */
    static X509Certificate create(KeyPair keys, X500Principal subject, BigInteger serial, Instant notBefore,
                                  Instant notAfter) throws GeneralSecurityException {
        byte[] algorithm = tlv(0x30, ECDSA_SHA256);
        byte[] name = subject.getEncoded();
        byte[] tbs = tlv(0x30,
                tlv(0xa0, tlv(0x02, new byte[] {2})),
                tlv(0x02, serial.toByteArray()),
                algorithm,
                name,
                tlv(0x30, time(notBefore), time(notAfter)),
                name,
                keys.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bits, 1, signature.length);
        byte[] der = tlv(0x30, tbs, algorithm, tlv(0x03, bits));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    /** UTCTime up to 2049, GeneralizedTime after (RFC 5280 4.1.2.5). */
    private static byte[] time(Instant instant) {
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        return year < 2050 ? tlv(0x17, ascii(UTC_TIME.format(instant))) : tlv(0x18, ascii(GENERALIZED_TIME.format(instant)));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** One DER tag-length-value with definite length. */
    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        int length = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 6);
        out.write(tag);
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
