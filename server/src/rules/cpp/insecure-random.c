#include <stdlib.h>
#include <time.h>
#include <sys/random.h>

static const char ALPHABET[] = "abcdefghijklmnopqrstuvwxyz0123456789";

void make_session_token(char *token, size_t length) {
    srand(time(NULL));
    for (size_t i = 0; i < length; i++) {
        // ruleid: cpp/insecure-random
        token[i] = ALPHABET[rand() % (sizeof(ALPHABET) - 1)];
    }
    token[length] = '\0';
}

unsigned int new_pin(void) {
    // ruleid: cpp/insecure-random
    unsigned int pin = random() % 1000000;
    return pin;
}

int make_key(unsigned char *key, size_t length) {
    // ok: cpp/insecure-random
    return getrandom(key, length, 0) == (ssize_t)length ? 0 : -1;
}

int roll_die(void) {
    // ok: cpp/insecure-random
    return rand() % 6 + 1;
}
