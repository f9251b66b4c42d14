package org.ledgerline.ivr.simulator.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Event masks parse as Asterisk's strings_to_mask does. */
class AmiClassTest {

    @Test
    void aCommaListNamesExactlyThoseClasses() {
        assertThat(AmiClass.parseMask("call")).containsExactly(AmiClass.CALL);
        assertThat(AmiClass.parseMask("call,agent")).containsExactly(AmiClass.CALL, AmiClass.AGENT);
    }

    @Test
    void onAndAllMeanEveryClassAndOffNone() {
        assertThat(AmiClass.parseMask("on")).isEqualTo(EnumSet.allOf(AmiClass.class));
        assertThat(AmiClass.parseMask("call,all")).isEqualTo(EnumSet.allOf(AmiClass.class));
        assertThat(AmiClass.parseMask("off")).isEmpty();
    }

    @Test
    void aNumberIsABitMask() {
        assertThat(AmiClass.parseMask("1")).containsExactly(AmiClass.SYSTEM);
        assertThat(AmiClass.parseMask("258")).containsExactly(AmiClass.CALL, AmiClass.DTMF);
        assertThat(AmiClass.parseMask("0")).isEmpty();
    }
}
