#include <cstdlib>
#include <cstdio>
#include <string>
#include <spawn.h>
#include <sys/wait.h>

int ping(const std::string &host) {
    std::string cmd = "ping -c 1 " + host;
    // ruleid: cpp/command-injection
    return std::system(cmd.c_str());
}

int main(int argc, char **argv) {
    char command[256];
    snprintf(command, sizeof(command), "tar czf /tmp/backup.tgz %s", argv[1]);
    // ruleid: cpp/command-injection
    FILE *pipe = popen(command, "r");
    pclose(pipe);
    // ok: cpp/command-injection
    std::system("uptime");
    return 0;
}

extern char **environ;

int ping_safely(const std::string &host) {
    pid_t pid;
    char *const args[] = {(char *)"ping", (char *)"-c", (char *)"1", (char *)host.c_str(), nullptr};
    // ok: cpp/command-injection
    if (posix_spawnp(&pid, "ping", nullptr, nullptr, args, environ) != 0) return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}
