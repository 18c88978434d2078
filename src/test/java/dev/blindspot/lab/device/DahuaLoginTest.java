package dev.blindspot.lab.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Dahua "Default" login hash, MD5(user:random:MD5(user:realm:password)) with upper-case hex digests, on the
 * realm/random pairs of the real challenges in samples dahua/RPC2_Login_step1_challenge.json and
 * dahua/dhip_37777_login_challenge.hex.txt. No public capture pairs a challenge with its answer and a known
 * password, so the expected values were computed outside Java (Python hashlib) from the public description.
 */
class DahuaLoginTest {

    @Test
    void defaultEncryptionHashOfTheSampledChallenges() {
        assertThat(DahuaLogin.md5Upper("admin:Login to 0C000ADPAG00CD:admin"))
                .isEqualTo("D2044C2673E00752AACDA1568E5DDA19");
        assertThat(DahuaLogin.hash("admin", "Login to 0C000ADPAG00CD", "3734299", "admin"))
                .isEqualTo("BF5EF1178CCFDE4AD766B336C650FA08");
        assertThat(DahuaLogin.hash("admin", "Login to 0J0DA0EPAJ0FE00", "647709486", "admin"))
                .isEqualTo("A266FA79AFDBD46953AFAA51AC793A1B");
    }

    @Test
    void theInnerDigestIsUpperCaseBeforeItIsHashedAgain() {
        String lower = DahuaLogin.md5Upper("admin:3734299:" + "d2044c2673e00752aacda1568e5dda19");
        assertThat(DahuaLogin.hash("admin", "Login to 0C000ADPAG00CD", "3734299", "admin")).isNotEqualTo(lower);
    }
}
