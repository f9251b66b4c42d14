package org.ledgerline.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrBlockTest {

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }

    @ParameterizedTest
    @CsvSource({
            "127.0.0.0/8, 127.0.0.1, true",
            "127.0.0.0/8, 127.255.255.254, true",
            "127.0.0.0/8, 128.0.0.1, false",
            "127.0.0.1/32, 127.0.0.1, true",
            "127.0.0.1/32, 127.0.0.2, false",
            "10.1.2.0/23, 10.1.3.255, true",
            "10.1.2.0/23, 10.1.4.0, false",
            "10.1.2.0/23, 10.1.1.255, false",
            "192.168.0.0/17, 192.168.127.1, true",
            "192.168.0.0/17, 192.168.128.1, false",
            "0.0.0.0/0, 203.0.113.9, true",
            "::1/128, ::1, true",
            "::1/128, ::2, false",
            "2001:db8::/32, 2001:db8:ffff::1, true",
            "2001:db8::/32, 2001:db9::1, false",
            "2001:db8:0:80::/57, 2001:db8:0:ff::1, true",
            "2001:db8:0:80::/57, 2001:db8:0:7f::1, false",
            "::/0, fe80::1, true"
    })
    void containsExactlyTheAddressesInsideThePrefix(String block, String peer, boolean inside) {
        assertThat(CidrBlock.parse(block).contains(ip(peer))).isEqualTo(inside);
    }

    @Test
    void anIpv4BlockNeverMatchesAnIpv6PeerAndTheOtherWayRound() {
        assertThat(CidrBlock.parse("0.0.0.0/0").contains(ip("::1"))).isFalse();
        assertThat(CidrBlock.parse("::/0").contains(ip("127.0.0.1"))).isFalse();
    }

    @Test
    void anIpv4MappedIpv6PeerIsMatchedAsTheIpv4AddressItCarries() {
        assertThat(CidrBlock.parse("127.0.0.0/8").contains(ip("::ffff:127.0.0.1"))).isTrue();
    }

    @Test
    void aBareAddressIsASingleHostBlock() {
        assertThat(CidrBlock.parse("10.0.0.5")).isEqualTo(CidrBlock.parse("10.0.0.5/32"));
        assertThat(CidrBlock.parse("::1")).isEqualTo(CidrBlock.parse("::1/128"));
        assertThat(CidrBlock.parse(" 10.0.0.5/32 ").toString()).isEqualTo("10.0.0.5/32");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "asterisk.example.com", "10.0.0.0/33", "::/129", "10.0.0.0/-1",
            "10.0.0.0/", "10.0.0.0/8/8", "256.0.0.1/32", "10.1/16", "10.0.0.1/8", "2001:db8::1/32", "1.2.3.4/abc"})
    void refusesAnythingThatIsNotAnExactIpLiteralBlock(String text) {
        assertThatThrownBy(() -> CidrBlock.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlockWithHostBitsSetIsRefusedWithAMessageSayingSo() {
        assertThatThrownBy(() -> CidrBlock.parse("10.0.0.1/8")).hasMessageContaining("host bits set");
    }
}
