package dev.blindspot.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.inventory.Secret;
import org.junit.jupiter.api.Test;

class BasicAuthenticatorTest {

    @Test
    void rfc7617Examples() throws AuthException {
        assertThat(BasicAuthenticator.authorization("Aladdin", new Secret("open sesame")))
                .isEqualTo("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assertThat(BasicAuthenticator.authorization("test", new Secret("123\u00a3"))).isEqualTo("Basic dGVzdDoxMjPCow==");
    }

    @Test
    void refusesColonInUsernameAndControlCharacters() {
        assertThatThrownBy(() -> BasicAuthenticator.authorization("a:b", new Secret("p")))
                .isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> BasicAuthenticator.authorization("a", new Secret("p\r\nX: y")))
                .isInstanceOf(AuthException.class);
    }
}
