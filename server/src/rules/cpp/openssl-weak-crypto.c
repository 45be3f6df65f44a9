#include <openssl/evp.h>
#include <openssl/md5.h>

void fingerprint(const unsigned char *data, size_t length, unsigned char out[16]) {
    // ruleid: cpp/openssl-weak-crypto
    MD5(data, length, out);
}

int encrypt_record(EVP_CIPHER_CTX *ctx, const unsigned char *key) {
    // ruleid: cpp/openssl-weak-crypto
    return EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
}

int hash_password(EVP_MD_CTX *ctx) {
    // ruleid: cpp/openssl-weak-crypto
    return EVP_DigestInit_ex(ctx, EVP_sha1(), NULL);
}

int encrypt_record_safely(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
    // ok: cpp/openssl-weak-crypto
    return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}

int digest(EVP_MD_CTX *ctx) {
    // ok: cpp/openssl-weak-crypto
    return EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
}
