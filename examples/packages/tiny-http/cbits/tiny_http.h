#ifndef TINY_HTTP_H
#define TINY_HTTP_H

int tiny_http_listen(int port);
int tiny_http_accept(int listen_fd);
int tiny_http_read(int fd, char *buf, int len);
int tiny_http_write(int fd, const char *buf, int len);
int tiny_http_close(int fd);

#endif
