/* Socket calls for Network.TinyHttp. Every function returns -1 on error (errno is set). */
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "tiny_http.h"

/* A listening TCP socket on 0.0.0.0:port. */
int tiny_http_listen(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons((unsigned short)port);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(fd, 64) < 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

/* Blocks until a client connects. A client gets 10 seconds to send its request, so a
   silent connection cannot hold the (one at a time) server forever. EINTR is returned to
   the caller, which retries after the runtime has had a chance to run signal handlers. */
int tiny_http_accept(int listen_fd)
{
    int fd = accept(listen_fd, NULL, NULL);
    if (fd >= 0) {
        struct timeval timeout = { 10, 0 };
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    }
    return fd;
}

int tiny_http_read(int fd, char *buf, int len)
{
    return (int)read(fd, buf, (size_t)len);
}

/* Writes all of buf; returns len, or -1. */
int tiny_http_write(int fd, const char *buf, int len)
{
    int done = 0;
    while (done < len) {
        ssize_t n = write(fd, buf + done, (size_t)(len - done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        done += (int)n;
    }
    return done;
}

int tiny_http_close(int fd)
{
    return close(fd);
}
