#pragma once

#include "lowregret/Lang.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace lowregret::cli {

// lowregret-cli: parses the command line, runs one command, returns the exit status.
class CliApp final {
public:
    enum Exit { Ok = 0, BadInput = 2 };

    CliApp(std::vector<std::string> args, std::ostream& out, std::ostream& err);
    int run();

private:
    int decide();
    int fail(const std::string& message);
    int usageError(const std::string& message);
    static Lang languageFromEnvironment();

    std::vector<std::string> m_args;
    std::ostream& m_out;
    std::ostream& m_err;
    Lang m_lang = Lang::En;
    std::string m_format = "text";
    std::string m_guideFile;
    std::string m_scenarioFile;
    bool m_verbose = false;
};

} // namespace lowregret::cli
