package org.ledgerline.ivr.telephony.agi;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiChannelFactory;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiReader;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiWriter;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.asteriskjava.fastagi.internal.AgiChannelImpl;
import org.asteriskjava.fastagi.reply.AgiReply;

/**
 * Asterisk-Java's channels, except that a script's own {@code AJ_AGISTATUS=FAILED} is final.
 *
 * <p>Asterisk-Java 3.41.0's {@code AgiConnectionHandler} sets {@code AJ_AGISTATUS} with a
 * {@code SET VARIABLE} on the call's connection after the script: {@code SUCCESS} whenever the
 * script returns, {@code FAILED} only when it throws, and then it logs the throwable at ERROR with
 * its stack trace. A call that ends in an expected failure (the switch connection broke, the ledger
 * is down) must reach the dialplan as {@code FAILED} without that stack trace, so
 * {@link CallScript} sets {@code FAILED} itself and returns; these channels then leave out the
 * handler's later {@code SUCCESS}, which would otherwise overwrite it. On a stock server's channels
 * the {@code SUCCESS} still overwrites it.
 */
final class AgiStatusKeepingChannelFactory implements AgiChannelFactory {
    static final String AGI_STATUS = "AJ_AGISTATUS";
    static final String FAILED = "FAILED";

    @Override
    public AgiChannel createAgiChannel(AgiRequest request, AgiWriter writer, AgiReader reader) {
        return new StatusKeepingChannel(request, writer, reader);
    }

    private static final class StatusKeepingChannel extends AgiChannelImpl {
        private boolean failed;

        StatusKeepingChannel(AgiRequest request, AgiWriter writer, AgiReader reader) {
            super(request, writer, reader);
        }

        @Override
        public synchronized AgiReply sendCommand(AgiCommand command) throws AgiException {
            if (command instanceof SetVariableCommand set && AGI_STATUS.equals(set.getVariable())) {
                if (failed) {
                    return getLastReply();
                }
                failed = FAILED.equals(set.getValue());
            }
            return super.sendCommand(command);
        }
    }
}
