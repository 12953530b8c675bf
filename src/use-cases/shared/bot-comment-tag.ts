/** First line of every comment the bot writes; the Go bot finds and minimises its comments by it. */
export const BOT_COMMENT_TAG = '<!-- telefonistka_tag -->';
