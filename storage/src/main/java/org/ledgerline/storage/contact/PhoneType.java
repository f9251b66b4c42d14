package org.ledgerline.storage.contact;

/** What kind of line a customer's number is; numbers recorded before types were kept are {@link #OTHER}. */
public enum PhoneType {
    MOBILE, HOME, WORK, OTHER
}
