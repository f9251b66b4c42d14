package org.ledgerline.storage.contact;

/**
 * The flags that stop collection calls; the names are those of ivr-core's {@code FlagKind}, whose
 * Javadoc gives the rule behind each. Only {@link #WRONG_NUMBER} is set on one phone number.
 */
public enum FlagType {
    DECEASED, BANKRUPTCY, ATTORNEY_REPRESENTED, CEASE_COMMUNICATION, DO_NOT_CALL, WRONG_NUMBER;

    /** True when the flag is set on one phone number rather than on the customer. */
    public boolean perPhoneNumber() {
        return this == WRONG_NUMBER;
    }
}
