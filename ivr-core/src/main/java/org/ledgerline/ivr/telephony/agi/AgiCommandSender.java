package org.ledgerline.ivr.telephony.agi;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.ChannelFailureException;

/**
 * Sends one AGI command, times it by verb and turns Asterisk-Java's exceptions into the channel
 * port's: a dead channel (511, or the socket closed by Asterisk) means the caller hung up; anything
 * else means the switch connection failed. Exception messages name the verb only, never arguments
 * or replies.
 */
final class AgiCommandSender {
    private final AgiChannel channel;
    private final AgiMetrics metrics;

    AgiCommandSender(AgiChannel channel, AgiMetrics metrics) {
        this.channel = channel;
        this.metrics = metrics;
    }

    AgiReply send(String verb, AgiCommand command) {
        long started = System.nanoTime();
        try {
            return channel.sendCommand(command);
        } catch (AgiHangupException e) {
            throw new CallerHungUpException();
        } catch (AgiNetworkException e) {
            throw new ChannelFailureException("connection to Asterisk failed during " + verb, e);
        } catch (AgiException e) {
            throw new ChannelFailureException("Asterisk refused " + verb, e);
        } finally {
            metrics.recordCommand(verb, System.nanoTime() - started);
        }
    }
}
