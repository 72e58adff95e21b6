/**
 * What the channel adapters say themselves (content/wording/channels.yaml).
 */
import { defineWording, text } from '../content/wording.js';

export const CHANNEL_WORDING = defineWording('channels', {
  slackHome: { heading: text(), text: text(), sayHello: text() },
  teamsDownload: { ready: text('file'), link: text('file') },
  slackFile: { notSent: text('file') },
});
