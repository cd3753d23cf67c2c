using System.Text.Json.Serialization;

namespace FdiReview.Domain.Screening;

[JsonConverter(typeof(KebabCaseEnum<Regime>))]
public enum Regime { Firrma, Fefta }

[JsonConverter(typeof(KebabCaseEnum<PartyKind>))]
public enum PartyKind { Corporation, Partnership, Fund, Individual, ForeignGovernment, GeneralPartner }

[JsonConverter(typeof(KebabCaseEnum<FeftaInvestorClass>))]
public enum FeftaInvestorClass
{
    General, ForeignFinancialInstitution, StateOwned, AccreditedStateOwned, Sanctioned, SpecifiedForeignInvestor, QuasiSpecifiedForeignInvestor
}

[JsonConverter(typeof(KebabCaseEnum<FeftaSector>))]
public enum FeftaSector { NonDesignated, Designated, Core, SpecifiedCore }

[JsonConverter(typeof(KebabCaseEnum<TransactionKind>))]
public enum TransactionKind { Acquisition, ChangeOfRights, Action }

/// <summary>The matters of 31 CFR 800.208(a)(1)–(10).</summary>
[JsonConverter(typeof(KebabCaseEnum<ImportantMatter>))]
public enum ImportantMatter
{
    PrincipalAssets, Reorganization, Facilities, BudgetAndMajorExpenditures, NewBusinessLines,
    SignificantContracts, InformationPolicies, OfficerAppointment, SensitiveEmployeeAppointment,
    OrganizationalDocuments
}

/// <summary>The minority protections of 31 CFR 800.208(c), which alone never confer control.</summary>
[JsonConverter(typeof(KebabCaseEnum<MinorityProtection>))]
public enum MinorityProtection
{
    PreventSaleOfSubstantiallyAllAssets, PreventContractsWithMajority, PreventGuaranteesForMajority,
    AntiDilution, PreventChangeOfClassRights, PreventAmendmentOfProtections
}

/// <summary>Substantive decision-making categories of 31 CFR 800.245.</summary>
[JsonConverter(typeof(KebabCaseEnum<DecisionMakingArea>))]
public enum DecisionMakingArea { SensitivePersonalData, CriticalTechnologies, CriticalInfrastructure }

[JsonConverter(typeof(KebabCaseEnum<FeftaAction>))]
public enum FeftaAction { ConsentDirectorAppointment, ConsentBusinessTransfer, ConsentBusinessPurposeChange }

[JsonConverter(typeof(KebabCaseEnum<PriorClearanceKind>))]
public enum PriorClearanceKind { Control, CoveredInvestment }
