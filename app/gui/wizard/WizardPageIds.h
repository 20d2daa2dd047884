#pragma once

// The wizard's pages in the flowchart's order.
enum class WizardPageId : int { Welcome, Usage, Stability, Sensitivity, Skill, Costs, Result };
