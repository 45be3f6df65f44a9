#include <string.h>
#include <sys/socket.h>
#include <stdint.h>

struct message { uint16_t length; char body[256]; };

void handle(int sock, struct message *out) {
    char packet[1024];
    ssize_t received = recv(sock, packet, sizeof(packet), 0);
    // ruleid: cpp/memcpy-tainted-length
    memcpy(out->body, packet + 2, received - 2);
}

void copy_name(char *dst, const char *src, size_t len) {
    // ruleid: cpp/memcpy-tainted-length
    memcpy(dst, src, len);
}

void handle_safely(int sock, struct message *out) {
    char packet[1024];
    ssize_t received = recv(sock, packet, sizeof(packet), 0);
    if (received < 2 || (size_t)(received - 2) > sizeof(out->body)) return;
    size_t n = (size_t)(received - 2);
    if (n <= sizeof(out->body)) {
        // ok: cpp/memcpy-tainted-length
        memcpy(out->body, packet + 2, n);
    }
}

void copy_header(struct message *out, const char *src) {
    // ok: cpp/memcpy-tainted-length
    memcpy(out->body, src, sizeof(out->body));
}
