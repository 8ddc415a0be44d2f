// Demand and rejection frames: verbal ("insists on X", "urged NATO to ...") and nominal
// ("Putin's ultimatum, which implies X, Y and Z") demands with maker, content and addressee;
// coordinated contents split; rejections ("won't make any concessions", "is saying no")
// linked to the demand they answer.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>

#include "core/text_util.h"
#include "extract/doc_state.h"
#include "extract/rules/rules.h"

namespace demarche {
namespace {

// The word classes this stage reads (data/lexicons/classes/frames.tsv says what each is
// for), by name. FrameClassNames() lists them for Resources::Load, which refuses a data folder
// that lacks one and resolves their ids once (Resources::stage_classes()).
enum FrameClass : int {
  kModalBlock,    // "may", "not", "if" ... before a trigger: not asserted
  kNegatingPreposition,  // "against", "without" right before a trigger's -ing form: not asserted
  kObjectPronoun,        // "him", "them": an object, never the maker ("may lead him to lose focus on seeking")
  kIndefiniteArticle,    // "a", "an" after a comma in content: an apposition ("Jerusalem, a disputed city")
  kContentIntro,  // "which implies", "that included": what follows lists the content
  kContentStopword,
  kClauseEnd,
  kClauseAuxiliary,
  kWeekday,
  kRelativeDateWord,
  kDatePeriod,
  kOrdinalWord,                // "second", "third", "last": "for the second day", "for a third time"
  kOccasionNoun,               // "day", "time": "for the second day" is a repeated occasion
  kDiscourseWord,
  kMovementNoun,
  kCompassStem,
  kTimeAdverb,
  kDemandNounPremodifier,
  kSpeechVerb,
  kRejectDemandNoun,
  kRejectProposalNoun,
  kAnaphoricObject,
  kListNoun,
  kNumberWord,
  kRejectRefuseToVerb,
  kRejectSpeechAct,
  kRejectSubjectFiller,
  kBlockBoundary,
  kConditionBoundary,
  kConditionWord,
  kDayPreposition,
  kCoordinator,
  kDeicticDay,
  kSourcePreposition,
  kDefiniteArticle,
  kOccasionPreposition,
  kPartnerPreposition,
  kAdjunctStopMark,
  kAddresseeListFiller,
  kItemLeadMark,
  kInfinitiveMarker,
  kNominalAddresseePreposition,
  kContentActorNoun,
  kDemandAmbiguousForm,
  kDemandParticiple,
  kComplementizer,
  kPurposePreposition,
  kAnaphoricContent,
  kPossessivePronoun,
  kDemandContentMark,
  kRelativePronoun,
  kReferringPronoun,
  kToldMark,
  kNegationWord,
  kNegatedSubjectWord,
  kRejectClaimNoun,
  kRejectMakerParticiple,
  kMakerPreposition,
  kPassiveAuxiliary,
  kAgentPreposition,
  kSelfInfinitiveVerb,  // "begged to be heard": an object-to verb that takes "to" unasked
  kRejectAcceptanceVerb,
  kNounEnding,
  kAdjectiveEnding,
  kAdverbEnding,
  kNegationEnding,
  kSequenceAdverb,  // "and then demanded": between "and" and a coordinated verb
  kMandativeWord,   // "insisted that sanctions be lifted", "... must ...": a demand
  kFactVerb,        // "insists its programme is peaceful": a statement of fact
  kPurposeNoun,     // "insisted the goal was to deter": "is/was to" after it states a fact
  kBeliefVerb,      // "analysts believe Moscow demands": a third party's belief
  kSuppositionVerb,  // "Let's say both parties want ...": a supposition
  kAsWord,          // "as" ends a content ("... as talks resume") ...
  kAsContinuer,     // ... unless "such as", "as well as"
  kDemandNoun,      // "demand", "call", "ultimatum" ...: another maker's demand ends a content
  kAttemptVerb,     // "sought to play down": an attempt, not a demand
  kLightVerb,       // "repeated a call for", "renewed calls for": the subject makes the demand
  kCameoRequestVerb,  // after "and", a demand verb starts a second clause and ends a content
  kDemandDirect,
  kDemandTo,
  kRejectModalBlock,
  kRejectVerb,
  kRejectCameoVerb,
  kRejectNounMark,
  kPerfectAuxiliary,
  kQuoteSpeakerPronoun,
  kQuoteTagVerb,
  kRejectCompoundHead,
  kRejectRelativePronoun,
  kRejectMinimumWord,
  kRejectContentStop,
  kDocumentNoun,  // "the deal, which calls for X": a document's terms are no actor's demand
  kMonthName,  // "January 1990": a content that is only a date is no content
  kRejectPressureNoun,
  kRejectPermitVerb,
  kRejectReceiveVerb,
  kRejectLeaveNoun,
  kRejectGerundException,      // "ruled out nothing": no act refused
  kRejectAddresseePronoun,     // "X wants Y to ..., which it rejects": Y
  kRejectClauseCoordinator,    // ", but was still refusing": the sentence's subject
  kRejectSubjectHead,          // "the UNITA militarist wing refused"
  kRejectLiftVerb,             // "refused to lift the curfew on Y": Y is under it
  kRejectRestrictionNoun,
  kRejectRestrictedPreposition,
  kRejectAidNoun,              // "refused aid to Y": Y would receive it
  kRejectRecipientPreposition,
  kPairWord,                   // "both sides", "the two sides": the pair named before
  kPairSideNoun,               // "both sides", "the two parties": states or bodies
  kPairNoun,
  kPressureUnder,              // "came under pressure", "faces pressure": its subject is pressed
  kPressureTargetPreposition,  // "pressure on Iran to ..."
  kConditionObject,            // "no deal/talks ... unless ...": what a condition withholds
  kExistentialIdiom,           // "there should be no doubt": a warning, not a demand
  kDegreeAdverb,               // "the sites most sought by": no reduced passive of a noun
  kSelfPronoun,                // "Iran said it would not ...": the speaker itself
  kNeuterPronoun,              // "it": no person
  kNegativeDeterminer,         // "no talks ... unless"
  kNegativeAdverb,             // "never"
  kFutureAuxiliary,            // "will face pressure": a forecast
  kForecastAuxiliary,          // "many would seek an escape": a conditional, not a demand made
  kLikelihoodAdverb,           // "will likely press for": a forecast
  kFutureDayWord,              // "will demand tomorrow": a forecast
  kStateOpponentNoun,          // "Syria's rebels": a group against the state's government
  kPluralNoun,                 // "people seeking asylum": a plural without -s
  kComitativePhrase,           // "Serbia as well as Kosovo": one more in a list of actors
  kMannerAdverb,               // "rejected outright by": an adverb with no -ly ending
  kFuturePeriodWord,           // "will demand next week": a forecast
  kOutcomeVerb,                // "want Trump to win": a wish about an outcome, not a demand
  kSelfGoalNoun,               // "seeking a third term": a goal for oneself, no one asked
  kSeekVerb,                   // "seek", "sought": a verb of reaching for something
  kSoughtAimNoun,              // "sought closer ties", "seeking peace": an aim, when sought
  kDenialVerb,                 // "X denied that Obama had urged ...": not asserted
  kPrivateBodyHead,            // "the US Chamber of Commerce urged": a body named after a state is not it
  kAsideMark,                  // "—", "--": an aside between two of them ("If A — or B — join ...")
  kTopicPreposition,           // "strikes in Syria": its object is no addressee of the demand
  kTargetPreposition,          // "strikes against the Syrian government": its object is aimed at
  kAspectVerb,                 // "continued to press", "kept urging": the act goes on, asserted
  kMessageNoun,                // "sent a letter to X demanding ...": the sender demands, of X
  kScantWord,                  // "faced little pressure to ...": no pressure to speak of
  kDemonstrativePronoun,       // ", and that only intensified": a pronoun subject of a new clause
  kGenitivePreposition,        // "the government of Iran": the group is the actor
  kMeetingNoun,                // "a meeting of the U.N. Security Council": the body is asked
  kRejectBlameWord,            // "criticized Japan for refusing to ...": the critic asked
  kUnnamedObjectVerb,          // "called on the armed forces to ...": a group not named is asked
  kOwnDeterminer,              // "called on their supporters to ...": one's own, not asked
  kPurposeMotionVerb,          // "went/wrote to X to demand ...": a purpose, X asked
  kRejectHandoverVerb,         // "refused to release the hostages" (not "release details")
  kRejectInformationNoun,
  kRejectBlamePreposition,     // "for"/"of" before the refusing gerund
  kSubordinator,               // "When X asked that Y ..., Z": a clause that opens the sentence ends at its comma
  kPeopleNoun,                 // "urged nations/other countries to ...": an object that names no actor
  kTopicHeadNoun,              // "his Russia investigation": an actor before it names a topic, not the one asked
  kSubjectPronoun,             // "... as he played up ...": a subordinate clause with its own subject
  kDemandObjectTo,             // "want", "call", "order": a demand verb of a coordinated clause
  kPrepositionRelative,        // "in which", "of whom": a relative clause after its preposition
  kAsPremodifier,              // "even as", "just as": the adverb opens the clause with "as"
  kAbstainVerb,                // "avoided calling for", "declined to demand": no demand made
  kStativeVerb,                // "insisting that Clinton knows ...": a state, a statement of fact
  kProVerbPhrase,              // "do so", "do more", "do the same": an act named elsewhere
  kEmptyContentWord,           // "here", "himself", "sides": words that name nothing asked
  kBareRequestNoun,            // "rejected such demands": a word of asking that names no content
  kStandingDocument,           // "constitution", "founding (text)": states no act of its owner
  kAlternativeCoordinator,     // "or": "could either leave NAFTA or demand ..."
  kOutsiderNoun,               // "the Khashoggi family", "Army veterans": a group named after an actor, not it
  kRefugeNoun,                 // "sought refuge in Germany": the state asked to give it
  kPolityNoun,                 // "a Palestinian state": a polity to be founded for a people, not by it
  kFrontedObject,              // "what the PM has asked for": a verb's object fronted before its subject
  kDepartureNoun,              // "a withdrawal from Syria": the place left, not the one asked
  kPhrasalParticle,            // "sought out", "pushed back": a phrasal verb of another sense
  kPersonalPossessive,         // "his", "her": a person's, not a body's
  kDemandThat,                 // "insist": a demand verb that takes a clause
  kCharacterisingWord,         // "known for seeking ...": a habit that characterises, no demand made
  kRejectDisavowal,            // "has no intention of firing X": no request refused unless one is named
  kSecondPredicateVerb,        // "... and expressed concern": a second predicate of the subject
  kSequelVerb,                 // "the call for X comes after ...": the main verb of a noun's clause
  kModalVerb,                  // "as Trump has insisted it should": a content of pronoun and modal only
  kEndingVerb,                 // "to commence", "to implement": a verb despite a noun ending
  kAttemptNoun,                // "in an attempt to ...": a purpose adjunct of the one who asks
  kHabitAdverb,                // "the bloc always seeks consensus": a habit, no demand made
  kConsequenceAdverb,          // "Otherwise, allies will seek ...": a consequence only supposed
  kRejectBeliefVerb,           // "refused to accept the account": a statement disbelieved
  kRejectUnwantedActNoun,      // "will not accept any interference": a warning, no request
  kRejectYieldVerb,            // "refused to budge": no thing asked is named
  kExistentialSubject,         // "insisted there is no rush": a statement of fact
  kCognitionVerb,              // "X must understand that ...": a statement, no act asked
  kPurposeModifier,            // "the funds needed to rebuild": a thing for a purpose, no one asked
  kAlternativeMark,            // "rather than seek new ones": the act not taken, no demand
  kRecipientPreposition,       // "arms deliveries to Ukraine": who receives is not asked
  kClauseVerb,                 // "sources saying Iran demanded": a clause follows, not an object
  kPrepositionalParticiple,    // "allies including France called for": a list, not an object
  kNounLeadPreposition,        // "after calls for X to ...": a plural after it is a noun
  kStateVoiceNoun,             // "the White House statement calls for", "U.S. officers urged": the state acts
  kSubjectAdverb,              // "Britain too is seeking": no head noun after the state
  kTimeLeadWord,               // "earlier this year", "later on Tuesday": part of the time phrase
  kInsteadAdverb,              // "not to X and instead Y": the second act is asked, not refused
  kIntentVerb,                 // "called for X and plan to ...": a second predicate of the subject
  kTimeSpanUnit,               // "just 48 hours after": a span of time that opens a time clause
  kPatientActionNoun,          // "the expulsion of U.S. diplomats": an act done to what "of" names
  kPersonNoun,                 // "a Putin adviser": a noun of a person (WordNet noun.person, generated)
  kScenePreposition,           // "interference in Israeli elections": a demonym after it is no addressee
  kInquiryVerb,
  kPressureYield,              // "bowed to pressure": its subject answers a standing demand
  kUnrealDeterminer,           // "any request from X to ...": one that may come
  kPhoneCallForm,              // "a call from China to ...": a telephone call
  kProtestNoun,                // "a rally calling for ...": its crowd asks, no actor named
  kClaimNoun,                  // "claims that Assad used ...": the accused is not asked
  kPoliteFormulaVerb,          // "begs to differ": a formula of politeness, nothing asked
  kTimePreposition,            // "... following the attack": an adjunct of time, not content
  kSpeechOccasionNoun,         // "... in his first public remarks": where it was said
  kNationPeopleNoun,           // "the Chinese people demand": a nation's people, not its government
  kSponsorParticiple,          // "a U.S.-led push for": the actor glued to it leads the push
  kPartyDemonym,               // "Palestinians have long sought": the people named as the party
  kFilingPreposition,          // "a petition before the Supreme Court asking": the body asked
  kCivilSectorWord,            // "U.S. Christian leaders urged": a group outside the government
  kExampleMarker,              // "urged allies, such as Japan, to": the actors after it are asked too
  kAccusationVerb,             // "accused X of refusing to ...": the accuser's claim, no act of X
  kPastParticiple,             // "claims made in a speech": an irregular participle the occasion qualifies
  kNumFrameClasses
};
struct FrameClassName {
  FrameClass cls;
  const char* name;
};
constexpr FrameClassName kFrameClassNames[] = {
    {kModalBlock, "modal_block"},
    {kNegatingPreposition, "frame_negating_preposition"},
    {kObjectPronoun, "frame_object_pronoun"},
    {kIndefiniteArticle, "frame_indefinite_article"},
    {kContentIntro, "content_intro"},
    {kContentStopword, "frame_content_stopword"},
    {kClauseEnd, "frame_clause_end"},
    {kClauseAuxiliary, "frame_clause_auxiliary"},
    {kWeekday, "frame_weekday"},
    {kRelativeDateWord, "frame_relative_date_word"},
    {kDatePeriod, "frame_date_period"},
    {kOrdinalWord, "frame_ordinal_word"},
    {kOccasionNoun, "frame_occasion_noun"},
    {kDiscourseWord, "frame_discourse_word"},
    {kMovementNoun, "frame_movement_noun"},
    {kCompassStem, "frame_compass_stem"},
    {kTimeAdverb, "frame_time_adverb"},
    {kDemandNounPremodifier, "demand_noun_premodifier"},
    {kSpeechVerb, "frame_speech_verb"},
    {kRejectDemandNoun, "reject_demand_noun"},
    {kRejectProposalNoun, "reject_proposal_noun"},
    {kAnaphoricObject, "frame_anaphoric_object"},
    {kListNoun, "frame_list_noun"},
    {kNumberWord, "frame_number_word"},
    {kRejectRefuseToVerb, "reject_refuse_to_verb"},
    {kRejectSpeechAct, "reject_speech_act"},
    {kRejectSubjectFiller, "reject_subject_filler"},
    {kBlockBoundary, "frame_block_boundary"},
    {kConditionBoundary, "frame_condition_boundary"},
    {kConditionWord, "frame_condition_word"},
    {kDayPreposition, "frame_day_preposition"},
    {kCoordinator, "frame_coordinator"},
    {kDeicticDay, "frame_deictic_day"},
    {kSourcePreposition, "frame_source_preposition"},
    {kDefiniteArticle, "frame_definite_article"},
    {kOccasionPreposition, "frame_occasion_preposition"},
    {kPartnerPreposition, "frame_partner_preposition"},
    {kAdjunctStopMark, "frame_adjunct_stop_mark"},
    {kAddresseeListFiller, "frame_addressee_list_filler"},
    {kItemLeadMark, "frame_item_lead_mark"},
    {kInfinitiveMarker, "frame_infinitive_marker"},
    {kNominalAddresseePreposition, "frame_nominal_addressee_preposition"},
    {kContentActorNoun, "frame_content_actor_noun"},
    {kDemandAmbiguousForm, "demand_ambiguous_form"},
    {kDemandParticiple, "demand_participle"},
    {kComplementizer, "frame_complementizer"},
    {kPurposePreposition, "frame_purpose_preposition"},
    {kAnaphoricContent, "frame_anaphoric_content"},
    {kPossessivePronoun, "frame_possessive_pronoun"},
    {kDemandContentMark, "demand_content_mark"},
    {kRelativePronoun, "frame_relative_pronoun"},
    {kReferringPronoun, "frame_referring_pronoun"},
    {kToldMark, "frame_told_mark"},
    {kNegationWord, "frame_negation_word"},
    {kNegatedSubjectWord, "frame_negated_subject_word"},
    {kRejectClaimNoun, "reject_claim_noun"},
    {kRejectMakerParticiple, "reject_maker_participle"},
    {kMakerPreposition, "frame_maker_preposition"},
    {kPassiveAuxiliary, "frame_passive_auxiliary"},
    {kAgentPreposition, "frame_agent_preposition"},
    {kSelfInfinitiveVerb, "frame_self_infinitive_verb"},
    {kRejectAcceptanceVerb, "reject_acceptance_verb"},
    {kNounEnding, "frame_noun_ending"},
    {kAdjectiveEnding, "frame_adjective_ending"},
    {kAdverbEnding, "frame_adverb_ending"},
    {kNegationEnding, "frame_negation_ending"},
    {kSequenceAdverb, "frame_sequence_adverb"},
    {kMandativeWord, "frame_mandative_word"},
    {kFactVerb, "frame_fact_verb"},
    {kPurposeNoun, "frame_purpose_noun"},
    {kBeliefVerb, "frame_belief_verb"},
    {kSuppositionVerb, "frame_supposition_verb"},
    {kAsWord, "frame_as_word"},
    {kAsContinuer, "frame_as_continuer"},
    {kDemandNoun, "demand_noun"},
    {kAttemptVerb, "frame_attempt_verb"},
    {kLightVerb, "frame_demand_light_verb"},
    {kCameoRequestVerb, "cameo_request_verb"},
    {kDemandDirect, "demand_direct"},
    {kDemandTo, "demand_to"},
    {kRejectModalBlock, "reject_modal_block"},
    {kRejectVerb, "reject_verb"},
    {kRejectCameoVerb, "reject_cameo_verb"},
    {kRejectNounMark, "reject_noun_mark"},
    {kPerfectAuxiliary, "frame_perfect_auxiliary"},
    {kQuoteSpeakerPronoun, "quote_speaker_pronoun"},
    {kQuoteTagVerb, "quote_tag_verb"},
    {kRejectCompoundHead, "reject_compound_head"},
    {kRejectRelativePronoun, "reject_relative_pronoun"},
    {kRejectMinimumWord, "reject_minimum_word"},
    {kRejectContentStop, "reject_content_stop"},
    {kDocumentNoun, "frame_document_noun"},
    {kMonthName, "month_name"},
    {kRejectPressureNoun, "reject_pressure_noun"},
    {kRejectPermitVerb, "reject_permit_verb"},
    {kRejectReceiveVerb, "reject_receive_verb"},
    {kRejectLeaveNoun, "reject_leave_noun"},
    {kRejectGerundException, "reject_gerund_exception"},
    {kRejectAddresseePronoun, "reject_addressee_pronoun"},
    {kRejectClauseCoordinator, "reject_clause_coordinator"},
    {kRejectSubjectHead, "reject_subject_head"},
    {kRejectLiftVerb, "reject_lift_verb"},
    {kRejectRestrictionNoun, "reject_restriction_noun"},
    {kRejectRestrictedPreposition, "reject_restricted_preposition"},
    {kRejectAidNoun, "reject_aid_noun"},
    {kRejectRecipientPreposition, "reject_recipient_preposition"},
    {kPairWord, "frame_pair_word"},
    {kPairSideNoun, "frame_pair_side_noun"},
    {kPairNoun, "frame_pair_noun"},
    {kPressureUnder, "frame_pressure_under"},
    {kPressureTargetPreposition, "frame_pressure_target_preposition"},
    {kConditionObject, "frame_condition_object"},
    {kExistentialIdiom, "frame_existential_idiom"},
    {kDegreeAdverb, "frame_degree_adverb"},
    {kSelfPronoun, "frame_self_pronoun"},
    {kNeuterPronoun, "frame_neuter_pronoun"},
    {kNegativeDeterminer, "frame_negative_determiner"},
    {kNegativeAdverb, "frame_negative_adverb"},
    {kFutureAuxiliary, "frame_future_auxiliary"},
    {kForecastAuxiliary, "frame_forecast_auxiliary"},
    {kLikelihoodAdverb, "frame_likelihood_adverb"},
    {kFutureDayWord, "frame_future_day_word"},
    {kStateOpponentNoun, "frame_state_opponent_noun"},
    {kPluralNoun, "frame_plural_noun"},
    {kComitativePhrase, "comitative_phrase"},
    {kMannerAdverb, "frame_manner_adverb"},
    {kFuturePeriodWord, "frame_future_period_word"},
    {kOutcomeVerb, "frame_outcome_verb"},
    {kSelfGoalNoun, "frame_self_goal_noun"},
    {kSeekVerb, "frame_seek_verb"},
    {kSoughtAimNoun, "frame_sought_aim_noun"},
    {kDenialVerb, "frame_denial_verb"},
    {kPrivateBodyHead, "frame_private_body_head"},
    {kAsideMark, "frame_aside_mark"},
    {kTopicPreposition, "frame_topic_preposition"},
    {kTargetPreposition, "frame_target_preposition"},
    {kAspectVerb, "frame_aspect_verb"},
    {kMessageNoun, "frame_message_noun"},
    {kScantWord, "frame_scant_word"},
    {kDemonstrativePronoun, "frame_demonstrative_pronoun"},
    {kGenitivePreposition, "frame_genitive_preposition"},
    {kMeetingNoun, "meeting_noun"},
    {kRejectBlameWord, "reject_blame_word"},
    {kUnnamedObjectVerb, "frame_unnamed_object_verb"},
    {kOwnDeterminer, "frame_own_determiner"},
    {kPurposeMotionVerb, "frame_purpose_motion_verb"},
    {kRejectHandoverVerb, "reject_handover_verb"},
    {kRejectInformationNoun, "reject_information_noun"},
    {kRejectBlamePreposition, "reject_blame_preposition"},
    {kSubordinator, "frame_subordinator"},
    {kPeopleNoun, "frame_people_noun"},
    {kTopicHeadNoun, "frame_topic_head_noun"},
    {kSubjectPronoun, "subject_pronoun"},
    {kDemandObjectTo, "demand_object_to"},
    {kPrepositionRelative, "frame_preposition_relative"},
    {kAsPremodifier, "frame_as_premodifier"},
    {kAbstainVerb, "frame_abstain_verb"},
    {kStativeVerb, "frame_stative_verb"},
    {kProVerbPhrase, "frame_pro_verb_phrase"},
    {kEmptyContentWord, "frame_empty_content_word"},
    {kBareRequestNoun, "frame_bare_request_noun"},
    {kStandingDocument, "frame_standing_document"},
    {kAlternativeCoordinator, "frame_alternative_coordinator"},
    {kOutsiderNoun, "frame_outsider_noun"},
    {kRefugeNoun, "frame_refuge_noun"},
    {kPolityNoun, "frame_polity_noun"},
    {kFrontedObject, "frame_fronted_object"},
    {kDepartureNoun, "frame_departure_noun"},
    {kPhrasalParticle, "frame_phrasal_particle"},
    {kPersonalPossessive, "frame_personal_possessive"},
    {kDemandThat, "demand_that"},
    {kCharacterisingWord, "frame_characterising_word"},
    {kRejectDisavowal, "reject_disavowal"},
    {kSecondPredicateVerb, "frame_second_predicate_verb"},
    {kSequelVerb, "frame_sequel_verb"},
    {kModalVerb, "frame_modal_verb"},
    {kEndingVerb, "frame_ending_verb"},
    {kAttemptNoun, "frame_attempt_noun"},
    {kHabitAdverb, "frame_habit_adverb"},
    {kConsequenceAdverb, "frame_consequence_adverb"},
    {kRejectBeliefVerb, "reject_belief_verb"},
    {kRejectUnwantedActNoun, "reject_unwanted_act_noun"},
    {kRejectYieldVerb, "reject_yield_verb"},
    {kExistentialSubject, "frame_existential_subject"},
    {kCognitionVerb, "frame_cognition_verb"},
    {kPurposeModifier, "frame_purpose_modifier"},
    {kAlternativeMark, "frame_alternative_mark"},
    {kRecipientPreposition, "frame_recipient_preposition"},
    {kClauseVerb, "frame_clause_verb"},
    {kPrepositionalParticiple, "frame_prepositional_participle"},
    {kNounLeadPreposition, "frame_noun_lead_preposition"},
    {kStateVoiceNoun, "frame_state_voice_noun"},
    {kSubjectAdverb, "frame_subject_adverb"},
    {kTimeLeadWord, "frame_time_lead_word"},
    {kInsteadAdverb, "frame_instead_adverb"},
    {kIntentVerb, "frame_intent_verb"},
    {kTimeSpanUnit, "frame_time_span_unit"},
    {kPatientActionNoun, "frame_patient_action_noun"},
    {kPersonNoun, "frame_person_noun"},
    {kScenePreposition, "frame_scene_preposition"},
    {kInquiryVerb, "frame_inquiry_verb"},
    {kPressureYield, "frame_pressure_yield"},
    {kUnrealDeterminer, "frame_unreal_determiner"},
    {kPhoneCallForm, "frame_phone_call_form"},
    {kProtestNoun, "frame_protest_noun"},
    {kClaimNoun, "frame_claim_noun"},
    {kPoliteFormulaVerb, "frame_polite_formula_verb"},
    {kTimePreposition, "frame_time_preposition"},
    {kSpeechOccasionNoun, "frame_speech_occasion_noun"},
    {kNationPeopleNoun, "frame_nation_people_noun"},
    {kSponsorParticiple, "frame_sponsor_participle"},
    {kPartyDemonym, "frame_party_demonym"},
    {kFilingPreposition, "frame_filing_preposition"},
    {kCivilSectorWord, "frame_civil_sector_word"},
    {kExampleMarker, "frame_example_marker"},
    {kAccusationVerb, "frame_accusation_verb"},
    {kPastParticiple, "frame_past_participle"},
};
static_assert(std::size(kFrameClassNames) == kNumFrameClasses, "every FrameClass has a name");
constexpr bool InEnumOrder() {
  for (std::size_t i = 0; i < std::size(kFrameClassNames); ++i) {
    if (kFrameClassNames[i].cls != static_cast<FrameClass>(i)) return false;
  }
  return true;
}
static_assert(InEnumOrder(), "kFrameClassNames lists the classes in the order of FrameClass");

struct Item {
  int first, last;     // token range in the sentence
  std::string prefix;  // inherited head ("NATO refusal to", "EC") for a conjunct
};

class DemandFinder {
 public:
  explicit DemandFinder(DocState* st) : st_(st), res_(st->res) {
    const std::vector<int>& ids = res_.stage_classes().frames;  // kFrameClassNames order (resolved at load)
    for (std::size_t k = 0; k < ids.size(); ++k) cls_[kFrameClassNames[k].cls] = ids[k];
  }

  void Run() {
    const RuleSet& rules = res_.rules();
    std::vector<const Rule*> candidates;
    std::vector<RuleMatch> matches;
    std::vector<MatchMention> mentions;
    const int frames = rules.StageId("frames");
    for (auto& sv : st_->views) {
      mentions.clear();
      for (const Mention& m : sv.mentions) mentions.push_back({m.first, m.last, m.type});
      MatchInput in{&sv.words, &sv.lower, &mentions};
      if (sv.rule_starts.size() == sv.lower.size()) in.starts = &sv.rule_starts;
      for (int i = 0; i < static_cast<int>(sv.words.size()); ++i) {
        rules.MatchesAt(frames, in, i, &candidates, &matches);
        for (const RuleMatch& m : matches) {
          // An action that takes the words returns the token after them.
          int next = Apply(sv, m);
          if (next > i) {
            i = next - 1;
            break;
          }
        }
      }
      // A refusal to yield to pressure rejects the demand the pressure names, once found.
      for (const PendingYield& y : pending_yields_) {
        for (auto it = st_->demands.rbegin(); it != st_->demands.rend() && it->sentence == sv.index; ++it) {
          if (it->content != y.content) continue;
          RejectTarget(y.rejecters, it->key, y.ev);
          break;
        }
      }
      pending_yields_.clear();
    }
  }

  // "refused to bow to pressure from X to ...": the rejecters and the content words of the
  // demand they refuse, matched at the end of the sentence.
  struct PendingYield {
    std::vector<const Mention*> rejecters;
    std::set<std::string> content;
    Evidence ev;
  };
  std::vector<PendingYield> pending_yields_;

  // Runs the rule's action on its match; returns the token to continue after when the
  // action took the words for itself (no other rule may use them), else -1.
  int Apply(const SentenceView& sv, const RuleMatch& m) {
    const Rule& rule = *m.rule;
    rule_ = rule.id;
    auto [first, last] = m.Capture("trigger");
    if (first < 0) std::tie(first, last) = std::pair(m.first, m.last);
    if (rule.action == "demand.verbal") {
      std::string frame = rule.Arg("frame");
      if (!Blocked(sv, first) && !Forecast(sv, first) && VerbalDemand(sv, first, last - first, frame == "direct" ? "-" : frame,
                                             rule.Arg("clause") == "mandative", rule.Arg("maker")))
        return last;
    } else if (rule.action == "demand.given") {
      GivenDemand(sv, m);
    } else if (rule.action == "demand.nominal") {
      if (!Blocked(sv, first)) NominalDemand(sv, first);
    } else if (rule.action == "demand.obligation") {
      if (rule.Arg("subject") == "there") {
        ExistentialObligation(sv, first, last);
      } else {
        ObligationDemand(sv, first);
      }
    } else if (rule.action == "demand.pressure") {
      PressureDemand(sv, first, rule.Arg("noun") == "demand");
    } else if (rule.action == "demand.condition") {
      ConditionDemand(sv, first);
    } else if (rule.action == "demand.sought-by") {
      if (SoughtByDemand(sv, m)) return last;
    } else if (rule.action == "proposal.offer") {
      OfferedProposal(sv, first);
    } else if (rule.action == "reject") {
      // A rejected request or offer is read whole: no demand inside it is the rejecter's.
      if (!Blocked(sv, first) && !RejectionUnreal(sv, first)) return std::max(last, Rejection(sv, first, last));
    }
    return -1;
  }

 private:
  // True when `word` is a form of an entry of the class.
  bool Is(FrameClass c, std::string_view word) const { return res_.classes().Contains(cls_[c], word); }

  // True when `w` ends with an ending of the class (frame_noun_ending ...) that has at least
  // `min_before` bytes before it.
  // A verb of frame_ending_verb ("commence", "implement", "ensure") has no noun ending.
  bool HasEnding(std::string_view w, FrameClass endings, std::size_t min_before = 3) const {
    if (endings == kNounEnding && Is(kEndingVerb, w)) return false;
    for (std::size_t len = 1; len + min_before <= w.size(); ++len) {
      if (Is(endings, w.substr(w.size() - len))) return true;
    }
    return false;
  }

  // A content word's stem: "eastward" and "eastern" are "east" (frame_compass_stem), a plural
  // its singular.
  std::string Stem(const std::string& lower) const {
    if (const std::string* stem = res_.classes().Value(cls_[kCompassStem], lower)) return *stem;
    std::string w = lower;
    if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i')
      w.pop_back();
    return w;
  }

  // The value of a number word ("three": 3, frame_number_word) or digit; -1 if none.
  int NumberWord(const std::string& w) const {
    if (const std::string* v = res_.classes().Value(cls_[kNumberWord], w)) {
      int value = -1;
      std::from_chars(v->data(), v->data() + v->size(), value);
      return value;
    }
    if (w.size() == 1 && w[0] >= '0' && w[0] <= '9') return w[0] - '0';
    return -1;
  }

  // Modality or negation right before a trigger keeps it from being asserted.
  bool Blocked(const SentenceView& sv, int i) const {
    // "decided against pushing for a vote", "left without asking for help".
    if (i > 0 && Is(kNegatingPreposition, sv.lower[i - 1]) && sv.lower[i].ends_with("ing")) return true;
    // "stopped short of calling for sanctions": a preposition of two words.
    if (i > 1 && sv.lower[i].ends_with("ing") && res_.classes().LongestExactAt(cls_[kNegatingPreposition], sv.lower, i - 2, i) == 2)
      return true;
    // "avoided explicitly calling for ...", "declined to call for ...": a verb of abstaining
    // right before (past adverbs and "to") makes no demand.
    for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
      const std::string& w = sv.lower[k];
      if (Is(kAbstainVerb, w)) return true;
      if (!(Is(kInfinitiveMarker, w) || HasEnding(w, kAdverbEnding))) break;
    }
    // "The bloc always seeks consensus", "we will always seek peace": an adverb of habit right
    // before the verb states a custom or a motto, no demand made here ("has always insisted on"
    // after a perfect auxiliary reports a standing demand).
    if (i >= 1 && Is(kHabitAdverb, sv.lower[i - 1]) && !(i >= 2 && Is(kPerfectAuxiliary, sv.lower[i - 2]))) return true;
    // "The president is known for seeking a range of opinions", "famous for demanding ...": a
    // habit that characterises the actor; no demand is made here.
    if (i >= 2 && sv.lower[i].size() > 4 && sv.lower[i].ends_with("ing") && Is(kRejectBlamePreposition, sv.lower[i - 1]) &&
        Is(kCharacterisingWord, sv.lower[i - 2]))
      return true;
    // A question asserts nothing: "Is Trump demanding the release of ...?", "Will Iran reject it?"
    // (the sentence's last token, before closing quotation marks, is "?").
    for (int k = static_cast<int>(sv.words.size()) - 1; k > i; --k) {
      if (IsQuote(sv.words[k]) || sv.words[k] == ")") continue;
      if (sv.words[k] == "?") return true;
      break;
    }
    for (int k = i - 1, lowest = i - 3; k >= 0 && k >= lowest; --k) {
      const std::string& w = sv.lower[k];
      if (Is(kBlockBoundary, w)) break;
      // "went to the U.N. Security Council to call for ...": a purpose, not an intention.
      if (k == i - 1 && Is(kInfinitiveMarker, w) && PurposeDestination(sv, k)) continue;
      // "continued to press Iran to ...", "began to call for ...": a verb of aspect before "to"
      // asserts the act it goes on with; what comes before that verb still counts ("may
      // continue to press").
      if (Is(kInfinitiveMarker, w) && k >= 1 && Is(kAspectVerb, sv.lower[k - 1])) {
        lowest = k - 4;
        --k;
        continue;
      }
      // "a note to Poland demanding ...", "responded to Trump's call for ...", "counter to
      // Afghan requests for ...": "to" after a message noun, or before an actor's possessive or
      // a demonym, is a preposition.
      if (Is(kInfinitiveMarker, w) && k + 1 < i) {
        const Mention* next = sv.ActorAt(k + 1);
        const bool owner = IsActor(next) && next->first == k + 1 && next->last < i &&
                           (next->demonym || IsPossessive(sv.words[next->last]));
        if (owner || (k >= 1 && Is(kMessageNoun, sv.lower[k - 1]) && IsActor(next))) continue;
      }
      if (Is(kModalBlock, w) || Is(kNegatedSubjectWord, w)) return true;
      // "isn't", "won't", and with a typographic apostrophe "isn’t" (most modern news).
      if (HasEnding(w, kNegationEnding, 0)) return true;
    }
    // "Obrador could either leave NAFTA or demand ...", "Seoul might close the border and ask
    // for ...": a verb coordinated right after a modal's first verb shares the modal (not a
    // future "will": a stated position).
    {
      int c = i - 1;
      while (c > 0 && HasEnding(sv.lower[c], kAdverbEnding)) --c;
      // Only a bare verb shares it ("would not comply ... and demanded" does not), and not in
      // reported speech ("said she would go back to the EU and seek ...": as in Forecast).
      const std::string& v = sv.lower[i];
      bool shared = c > 0 && (Is(kCoordinator, sv.lower[c]) || Is(kAlternativeCoordinator, sv.lower[c])) && !v.ends_with("ed") && !v.ends_with("ing") &&
                    !(v.size() > 3 && v.back() == 's' && v[v.size() - 2] != 's');
      for (int k = 0; k < static_cast<int>(sv.words.size()) && shared; ++k)
        shared = !Is(kSpeechVerb, sv.lower[k]) && !IsQuote(sv.words[k]);
      if (shared) {
        for (int k = c - 1; k >= 0 && k >= c - 8; --k) {
          const std::string& w = sv.lower[k];
          if (w == "," || w == ";" || Is(kClauseEnd, w) || Is(kRelativePronoun, w) || Is(kComplementizer, w)) break;
          if (Is(kRejectModalBlock, w) && !Is(kFutureAuxiliary, w)) return true;
        }
      }
    }
    // A condition or a negated subject further back in the clause: "What if the American
    // government refuses", "Neither France nor Germany demanded".
    for (int k = i - 4; k >= 0 && k >= i - 10; --k) {
      const std::string& w = sv.lower[k];
      if (Is(kConditionBoundary, w)) break;
      if (Is(kConditionWord, w) || Is(kNegatedSubjectWord, w)) return true;
    }
    return false;
  }

  // A demand verb only forecast, in the narrator's own words: a conditional ("many would seek an
  // escape"), a future with a word of likelihood ("Xi's negotiators will likely press for her
  // release") or a future fixed to a later day ("Kenya will demand next week that ...",
  // "tomorrow"; classes frame_future_day_word, frame_future_period_word). Class
  // frame_forecast_auxiliary ("would") or frame_future_auxiliary ("will") within three tokens
  // before the verb, in its clause; frame_likelihood_adverb between. A bare
  // "will seek ... in negotiations" states a position and stays a demand. Reported speech states
  // the demand and keeps it: a speech verb anywhere in the sentence ("said it would insist on"),
  // a quotation, or a that-clause ("announcing that he would ask for").
  bool Forecast(const SentenceView& sv, int i) const {
    const int n = static_cast<int>(sv.words.size());
    int aux = -1;
    bool likely = false;
    for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
      if (Is(kBlockBoundary, sv.lower[k])) break;
      likely = likely || Is(kLikelihoodAdverb, sv.lower[k]);
      if (Is(kForecastAuxiliary, sv.lower[k]) || Is(kFutureAuxiliary, sv.lower[k])) {
        aux = k;
        break;
      }
    }
    // "lifting the embargo would make Brazil a strong ally, pressuring Venezuela to ...": a
    // participle after a comma shares the conditional ("would", not "will") of the clause it
    // follows, wherever that clause stands (a "that" before it reports nothing here).
    bool participle = false;
    if (aux < 0 && i >= 3 && sv.words[i - 1] == "," && sv.lower[i].size() > 4 && sv.lower[i].ends_with("ing")) {
      for (int k = i - 2; k >= 0 && k >= i - 12; --k) {
        const std::string& w = sv.lower[k];
        if (w == "," || Is(kClauseEnd, w) || Is(kBlockBoundary, w) || IsQuote(sv.words[k])) break;
        if (Is(kForecastAuxiliary, w) || Is(kFutureAuxiliary, w)) {
          if (Is(kForecastAuxiliary, w)) aux = k;
          participle = aux >= 0;
          break;
        }
      }
    }
    if (aux < 0) return false;
    bool later_day = false;
    for (int k = i + 1; k < n && !Is(kClauseEnd, sv.lower[k]); ++k) {
      later_day = later_day || Is(kFutureDayWord, sv.lower[k]) ||
                  (Is(kFuturePeriodWord, sv.lower[k]) && k + 1 < n &&
                   (Is(kDatePeriod, sv.lower[k + 1]) || Is(kWeekday, sv.lower[k + 1])));
    }
    if (!Is(kForecastAuxiliary, sv.lower[aux]) && !likely && !later_day) return false;
    for (int k = 0; k < n; ++k) {
      if (Is(kSpeechVerb, sv.lower[k]) || IsQuote(sv.words[k])) return false;
      if (!participle && k < aux && sv.lower[k] == "that") return false;
    }
    return true;
  }

  // "refused to release the hostages", "declined to give guarantees": a verb that also speaks
  // (class reject_handover_verb: "release details", "give figures") hands over something
  // asked for when its object is no word of information (reject_information_noun).
  bool HandOver(const SentenceView& sv, int verb, int end) const {
    if (!Is(kRejectHandoverVerb, sv.lower[verb])) return false;
    int k = verb + 1;
    while (k < end && (IsDeterminer(res_, sv.lower[k]) || Is(kPossessivePronoun, sv.lower[k]))) ++k;
    // past up to two modifiers ("the detained sailors", "any further details")
    for (int m = 0; m < 3 && k < end; ++m, ++k) {
      const std::string& w = sv.lower[k];
      if (w != sv.words[k] || IsPreposition(res_, w) || Is(kClauseEnd, w) || w == ",") break;
      if (Is(kRejectInformationNoun, w)) return false;
    }
    return k > verb + 1;
  }

  // "Iran went to the United Nations to demand ...", "wrote to Corbyn on Monday to call for
  // ...": the actor gone or written to before the purpose infinitive at `to` (a verb of the
  // class frame_purpose_motion_verb, "to", the actor, a time adverbial); null if none.
  const Mention* PurposeDestination(const SentenceView& sv, int to, int* motion_verb = nullptr) const {
    int k = to - 1;
    if (k >= 1 && (Is(kWeekday, sv.lower[k]) || Is(kTimeAdverb, sv.lower[k]))) k -= IsPreposition(res_, sv.lower[k - 1]) ? 2 : 1;
    if (k < 2) return nullptr;
    const Mention* dest = sv.ActorAt(k);
    if (!IsActor(dest) || dest->last != k + 1 || dest->pronoun) return nullptr;
    int j = dest->first - 1;
    if (j >= 1 && IsDeterminer(res_, sv.lower[j])) --j;
    if (j < 1 || sv.lower[j] != sv.lower[to] || !Is(kPurposeMotionVerb, sv.lower[j - 1])) return nullptr;
    if (motion_verb) *motion_verb = j - 1;
    return dest;
  }

  // A rejection that is only possible, not made: "would reject" (a demand
  // after "he would insist on" is stated, so this is not in modal_block).
  // Six tokens back, not three: "could not in good conscience veto". An obligation is none
  // made either: "Congress must oppose the bill", "Europe should reject the plan" (any modal of
  // frame_modal_verb).
  bool RejectionUnreal(const SentenceView& sv, int i) const {
    for (int k = i - 1; k >= 0 && k >= i - 6; --k) {
      if (Is(kBlockBoundary, sv.lower[k])) break;
      if (Is(kRejectModalBlock, sv.lower[k]) || Is(kModalVerb, sv.lower[k])) return true;
    }
    return Alleged(sv, i);
  }

  // "Kim accused the United States of having no intention of solving ...", "accusing Seoul of
  // refusing to talk": a trigger inside the "of" complement of a verb of accusation
  // (frame_accusation_verb) is the accuser's claim, not an act the text asserts. The "of" is
  // at most three tokens before the trigger, and the verb at most six before the "of", with no
  // comma, semicolon, coordinator or clause word between.
  bool Alleged(const SentenceView& sv, int trigger) const {
    for (int k = trigger - 1; k >= 0 && k >= trigger - 3; --k) {
      const std::string& w = sv.lower[k];
      if (w == "," || w == ";" || Is(kCoordinator, w) || Is(kComplementizer, w)) return false;
      if (!Is(kGenitivePreposition, w)) continue;
      for (int j = k - 1; j >= 0 && j >= k - 6; --j) {
        const std::string& v = sv.lower[j];
        if (v == "," || v == ";" || Is(kCoordinator, v) || Is(kComplementizer, v)) return false;
        if (Is(kAccusationVerb, v)) return true;
      }
      return false;
    }
    return false;
  }

  // The actor of a first-person pronoun inside a quotation right before the trigger ("We
  // reject the proposal," said Foreign Minister X; "we will not accept", "I have no intention
  // of"): the speaker the tag after the closing quote names, in this sentence or, when the
  // quotation runs on, at the start of the next one; else the speaker a lead-in names before
  // the opening quote (Foreign Minister X said: "We demand ..."). Empty when there is none.
  std::vector<const Mention*> QuotedSpeaker(const SentenceView& sv, int first) {
    int k = first - 1;
    while (k >= 0 && (Is(kRejectSubjectFiller, sv.lower[k]) || HasEnding(sv.lower[k], kAdverbEnding))) --k;
    if (k < 0 || !Is(kQuoteSpeakerPronoun, sv.lower[k]) || sv.MentionAt(k)) return {};
    int quotes = 0;
    for (int j = 0; j < k; ++j) quotes += IsQuote(sv.words[j]) ? 1 : 0;
    if (quotes % 2 == 0) return {};
    const int n = static_cast<int>(sv.words.size());
    int q = first;
    while (q < n && !IsQuote(sv.words[q])) ++q;
    const Mention* speaker = nullptr;
    if (q < n) {
      speaker = TagSpeaker(sv, q);
    } else if (static_cast<std::size_t>(sv.index) + 1 < st_->views.size()) {
      const SentenceView& next = st_->views[static_cast<std::size_t>(sv.index) + 1];
      int nq = 0;
      while (nq < static_cast<int>(next.words.size()) && nq < 12 && !IsQuote(next.words[nq])) ++nq;
      if (nq < static_cast<int>(next.words.size()) && IsQuote(next.words[nq])) speaker = TagSpeaker(next, nq);
    }
    if (!speaker) speaker = LeadInSpeaker(sv, k);
    if (!speaker) return {};
    quote_speaker_ = Mention{k, k + 1, speaker->type, speaker->key, "actor.quote-speaker"};
    quote_speaker_.pronoun = true;
    return {&quote_speaker_};
  }

  // True when the subject found for the trigger at `first` is not its subject: a relative
  // clause stands between them whose antecedent is not the subject ("two Democrats who both
  // opposed": not Sanders before them), or the subject sits inside a relative clause that
  // closed before the verb ("the DUP, who keep her government in power, have rejected").
  bool SubjectAcrossRelative(const SentenceView& sv, const Mention* subject, int first) const {
    if (subject->rule == "actor.quote-speaker") return false;
    for (int k = subject->last; k < first; ++k) {
      if (!Is(kRejectRelativePronoun, sv.lower[k])) continue;
      int antecedent = k - 1;
      if (antecedent >= 0 && sv.words[antecedent] == ",") --antecedent;
      if (antecedent != subject->last - 1) return true;
    }
    bool comma_after = false;
    for (int k = subject->last; k < first; ++k) comma_after = comma_after || sv.words[k] == ",";
    if (!comma_after) return false;
    for (int k = subject->first - 1; k > 0 && k >= subject->first - 8; --k) {
      if (sv.words[k] == ",") break;
      if (Is(kRejectRelativePronoun, sv.lower[k]) && sv.words[k - 1] == ",") return true;
    }
    return false;
  }

  // The speaker a lead-in names before the quotation that the token at `k` is inside:
  // 'Foreign Minister X said: "We ...', 'X told reporters: "I ...', 'X said, "We ...'; a person
  // before any other actor. Null when the quotation opens the sentence or no speech verb with an
  // actor subject leads into it.
  const Mention* LeadInSpeaker(const SentenceView& sv, int k) const {
    int open = k - 1;
    while (open >= 0 && !IsQuote(sv.words[open])) --open;
    int v = open - 1;
    if (v >= 0 && (sv.words[v] == ":" || sv.words[v] == ",")) --v;
    // "told reporters:", "said on Monday:": past an object or a time adverbial of up to three words.
    for (int back = 0; back < 3 && v > 0 && !Is(kQuoteTagVerb, sv.lower[v]) && !sv.ActorAt(v); ++back) --v;
    if (v < 1 || !Is(kQuoteTagVerb, sv.lower[v])) return nullptr;
    auto subject = SubjectBefore(res_, sv, v);
    if (subject.empty() || subject.front()->pronoun) return nullptr;
    for (const Mention* m : subject) {
      if (m->type == NodeType::kPerson) return m;
    }
    return subject.front()->demonym ? nullptr : subject.front();
  }

  // The actor a speech tag names right after the closing quote at token q: ",\" said Foreign
  // Minister X", "\" X said", "\" he added". A person before any other actor.
  const Mention* TagSpeaker(const SentenceView& sv, int q) const {
    const int n = static_cast<int>(sv.words.size());
    int k = q + 1;
    if (k < n && sv.words[k] == ",") ++k;
    if (k < n && Is(kQuoteTagVerb, sv.lower[k])) {
      const Mention* found = nullptr;
      for (const Mention& m : sv.mentions) {
        if (m.first <= k || m.first > k + 4 || !IsActor(&m)) continue;
        if (m.type == NodeType::kPerson) return &m;
        if (!found && !m.demonym) found = &m;
      }
      return found;
    }
    for (const Mention& m : sv.mentions) {
      if (m.first < k || m.first > k + 4 || !IsActor(&m)) continue;
      if (m.last < n && Is(kQuoteTagVerb, sv.lower[m.last])) return &m;
    }
    return nullptr;
  }

  // The subject before the trigger; past a quotation mark that opens right before the verb
  // ("a Tweet said that he \u201ccalls on the armed forces to ...", "Iran \"rejects any dictates\"").
  std::vector<const Mention*> Subject(const SentenceView& sv, int trigger) const {
    if (trigger > 1 && IsQuote(sv.words[trigger - 1])) {
      if (const Mention* a = sv.ActorAt(trigger - 2); IsActor(a) && a->last == trigger - 1)
        return SubjectBefore(res_, sv, trigger - 1);
    }
    return SubjectBefore(res_, sv, trigger);
  }

  // "Biden phoned Yanukovych Tuesday and urged him to ...", "Trump praised Saudi Arabia and
  // rejected calls to ...": when `makers` (the actors found before the verb at `trigger`) are the
  // object of a verb before "and", they become the subject that opens the sentence (or none).
  // Used for demands (Makers) and rejections alike.
  void ObjectBeforeAnd(const SentenceView& sv, int trigger, std::vector<const Mention*>& makers) const {
    if (!makers.empty() && makers.front()->first > 0 && !(last_sentence_ == sv.index && last_trigger_ < trigger)) {
      const Mention* m = makers.front();
      const int k = BeforeVerbGroup(sv, trigger);
      int gap = m->last;
      while (gap < k && (Is(kWeekday, sv.lower[gap]) || Is(kTimeAdverb, sv.lower[gap]) ||
                         (IsPreposition(res_, sv.lower[gap]) && gap + 1 < k && Is(kWeekday, sv.lower[gap + 1]))))
        ++gap;  // "phoned X Tuesday and", "met X on Monday and"
      // "thanked Germany for its support and called for ...", "accused the ambassador of
      // organizing protests and called for ...", "criticized Poland over the law and urged ...",
      // "met Cameron in London on Friday and called for ...": past short prepositional phrases
      // after the object (lower-case words, a place, a day or a month; no actor, no comma).
      // ("described Saudi Arabia as a vital ally and resisted calls ...": an "as" phrase too;
      // "blamed the Brotherhood “for any blood spilled” and urged ...": a quoted one too.)
      if (gap + 1 < k && IsQuote(sv.words[gap]) && (IsPreposition(res_, sv.lower[gap + 1]) || Is(kAsWord, sv.lower[gap + 1]))) ++gap;
      if (gap < k && (IsPreposition(res_, sv.lower[gap]) || Is(kAsWord, sv.lower[gap])) && sv.words[gap] == sv.lower[gap]) {
        int j = gap + 1;
        while (j < k && j <= gap + 8 && sv.words[j] != "," && !Is(kCoordinator, sv.lower[j])) {
          if (const Mention* place = sv.MentionAt(j); place && place->first == j) {
            if (IsActor(place) || place->last > k) break;
            j = place->last;  // "in London"
          } else if (sv.words[j] == sv.lower[j] || Is(kWeekday, sv.lower[j]) || Is(kMonthName, sv.lower[j])) {
            ++j;
          } else {
            break;
          }
        }
        if (j == k && j > gap + 1) gap = k;
      }
      // "backed the U.S. government's assessment and called for ...": past the rest of an object
      // the actor owns (its group noun, a possessive, then up to three lower-case words).
      if (gap < k) {
        int j = gap;
        if (IsGroupNoun(res_, sv.lower[j])) ++j;
        if (j < k && IsPossessive(sv.words[j])) {
          int words = 0;
          for (++j; j < k && words < 3 && sv.words[j] == sv.lower[j] && !sv.MentionAt(j) && sv.words[j] != "," &&
                    !Is(kCoordinator, sv.lower[j]);
               ++j)
            ++words;
          if (j == k && words > 0) gap = k;
        }
      }
      // "summoned the Israeli envoy and demanded": past the group noun of a demonym, and past
      // an article after a past-tense verb.
      if (m->demonym && gap < k && IsGroupNoun(res_, sv.lower[gap])) ++gap;
      // "reached Mexico, and sought asylum there", "praised Canada, and urged Ottawa to ...": a
      // comma before the "and" joins the verbs all the same.
      if (gap + 1 == k && sv.words[gap] == "," && Is(kCoordinator, sv.lower[k])) gap = k;
      int lead = m->first - 1;
      if (lead >= 1 && IsDeterminer(res_, sv.lower[lead]) && sv.lower[lead - 1] == sv.words[lead - 1] &&
          sv.lower[lead - 1].size() > 4 && sv.lower[lead - 1].ends_with("ed") && !Is(kClauseAuxiliary, sv.lower[lead - 1]) &&
          !Is(kPassiveAuxiliary, sv.lower[lead - 1]))
        --lead;
      const std::string& before = sv.lower[lead];
      // ("Iran protesters thank Trump, call for stronger sanctions": a comma joins the verbs too,
      // before a finite verb; a participle after a comma is handled below.)
      const bool joined = Is(kCoordinator, sv.lower[k]) || (sv.words[k] == "," && !sv.lower[trigger].ends_with("ing"));
      if (k >= 1 && joined && gap == k && before == sv.words[lead] &&
          before.size() > 2 && !IsPreposition(res_, before) && !IsDeterminer(res_, before) && !Is(kCoordinator, before) &&
          !Is(kComplementizer, before) && !Is(kClauseAuxiliary, before) && !Is(kPassiveAuxiliary, before) &&
          !Is(kRelativePronoun, before) && !Is(kSpeechVerb, before) && !HasEnding(before, kAdverbEnding))
        makers = CoordinatedClauseSubject(sv, trigger, /*comma_joins=*/true);
      // "met negotiators from the EC, ECB and IMF and would seek ...": the actor closes a list
      // of its own ("and IMF"), so it is a member of the first verb's object, not the subject
      // of the verb after the second "and".
      else if (int member = m->first - 1; k >= 1 && Is(kCoordinator, sv.lower[k]) && gap == k && member >= 1 &&
               Is(kCoordinator, sv.lower[IsDeterminer(res_, sv.lower[member]) ? member - 1 : member]))
        makers = CoordinatedClauseSubject(sv, trigger, /*comma_joins=*/true);
      // "called his plan a win-win for both Israel and the Palestinians, and urged ...", "toured
      // the camp with officials from Greece and Turkey, and called for ...": actors that a
      // preposition governs, right before the "and" of the trigger, are no subject of it.
      int list_first = m->first, list_end = m->last;
      for (const Mention* a : makers) {
        list_first = std::min(list_first, a->first);
        list_end = std::max(list_end, a->last);
      }
      int governor = list_first - 1;
      while (governor >= 0 && (IsDeterminer(res_, sv.lower[governor]) || Is(kPairWord, sv.lower[governor]))) --governor;
      if (k >= 1 && Is(kCoordinator, sv.lower[k]) && governor >= 1 && IsPreposition(res_, sv.lower[governor]) &&
          sv.words[governor] == sv.lower[governor] && (list_end == k || (list_end == k - 1 && sv.words[list_end] == ",")))
        makers = CoordinatedClauseSubject(sv, trigger, /*comma_joins=*/true);
    }
  }

  // The makers of a demand whose verb is at `trigger`: the subject before it; for a verb
  // coordinated with an earlier one ("Poland has said the situation is intolerable and
  // demanded that ...", "Corbyn said ... and called for ..."), the subject that opens the
  // sentence. None when a third party's belief frames the maker ("analysts believe Moscow
  // demands ...", "he thought Kim wanted a deal").
  std::vector<const Mention*> Makers(const SentenceView& sv, int trigger) const {
    // "police arrested hundreds at a protest calling for fair elections", "a march in Caracas
    // demanding new elections": a participle right after a noun of protest (class
    // frame_protest_noun) has its crowd for subject, which names no actor.
    if (trigger >= 1 && sv.lower[trigger].ends_with("ing") && Is(kProtestNoun, sv.lower[trigger - 1])) return {};
    if (const Mention* sponsor = HyphenSponsor(sv, trigger)) return {sponsor};
    // "the deal, which calls for a buffer zone", "the plan calls for ...": a document of no
    // named party states its terms; no one demands them ("Russia's plan calls for" does).
    {
      int k = BeforeVerbGroup(sv, trigger);
      if (k >= 1 && Is(kRelativePronoun, sv.lower[k])) k -= sv.words[k - 1] == "," ? 2 : 1;
      // Not a participle: "issued a declaration demanding that ...": the issuer demands.
      // Only a document that is itself the subject, "the deal" with no owner ("Iran's founding
      // text", "Republicans critical of the initial deal have urged" keep their actor).
      // (Past one lower-case modifier: "the truce agreement", "the peace plan".)
      int d = k - 1;
      if (d >= 1 && sv.words[d] == sv.lower[d] && !IsDeterminer(res_, sv.lower[d]) && !sv.MentionAt(d) &&
          std::isalpha(static_cast<unsigned char>(sv.words[d][0])) && IsDeterminer(res_, sv.lower[d - 1]))
        --d;
      if (k >= 1 && Is(kDocumentNoun, sv.words[k]) && !sv.lower[trigger].ends_with("ing") &&
          IsDeterminer(res_, sv.lower[d]) && !(d >= 1 && IsPreposition(res_, sv.lower[d - 1])))
        return {};
      // "the Iranian government's foundational text calls for ...", "Russia's constitution
      // requires ...": a standing text (class frame_standing_document) states no act of its
      // owner, whoever owns it.
      if (k >= 1 && !sv.lower[trigger].ends_with("ing") &&
          (Is(kStandingDocument, sv.lower[k]) ||
           ((Is(kDocumentNoun, sv.lower[k]) || Is(kStandingDocument, sv.lower[k])) && Is(kStandingDocument, sv.lower[k - 1]))))
        return {};
    }
    // "Palestinians, who want the eastern part of the city ...", "those who want the ruling elite
    // out of office": the verb of a relative clause has its antecedent for subject: an actor
    // (or a people's demonym) right before "who"/"which", else no one named.
    if (int k = BeforeVerbGroup(sv, trigger); k >= 1 && Is(kRelativePronoun, sv.lower[k]) && !Is(kComplementizer, sv.lower[k]))
      return RelativeAntecedent(sv, k);
    // "Grassley sent a letter to FBI Director James Comey asking him to ...", "sent a note to
    // Poland demanding an apology": the participle qualifies the message; its sender (the
    // subject of the verb before it) demands, of the recipient (VerbalDemand).
    if (int verb = MessageRecipientVerb(sv, trigger); verb >= 0) {
      auto sender = SubjectBefore(res_, sv, verb);
      if (sender.empty() || Believed(sv, sender.front()->first, trigger)) return {};
      return sender;
    }
    auto makers = Subject(sv, trigger);
    // "Turkey -- a NATO member -- asked NATO for ...": past an aside between dashes before the verb.
    if (int close = BeforeVerbGroup(sv, trigger); close >= 3 && (Is(kAsideMark, sv.words[close]) || sv.words[close] == "-") &&
                                                   (makers.empty() || makers.front()->first < close)) {
      while (close > 0 && sv.words[close - 1] == "-") --close;
      for (int open = close - 2; open >= 1 && open >= close - 12; --open) {
        if (!Is(kAsideMark, sv.words[open]) && sv.words[open] != "-") continue;
        while (open > 0 && sv.words[open - 1] == "-") --open;
        // ("Iran — and Syria — called for": a coordinated actor is a maker too.)
        // "The other powers — France, Germany and Russia — urged ...": an aside that only lists
        // actors after a noun that names none is the subject spelled out; its actors act.
        const Mention* before_open = sv.ActorAt(open - 1);
        bool actor_list = !(IsActor(before_open) && before_open->last == open) && !makers.empty();
        for (int t = open + DashAt(sv, open); actor_list && t < close;) {
          if (const Mention* a = sv.ActorAt(t); IsActor(a) && a->first == t) {
            t = a->last;
          } else {
            actor_list = sv.words[t] == "," || Is(kCoordinator, sv.lower[t]) || IsDeterminer(res_, sv.lower[t]);
            ++t;
          }
        }
        if ((makers.empty() || makers.front()->first > open) && !Is(kCoordinator, sv.lower[open + DashAt(sv, open)]) &&
            !actor_list)
          makers = SubjectBefore(res_, sv, open);
        break;
      }
    }
    if (!makers.empty() && SubjectNamesNoActor(sv, makers.front(), trigger)) return {};
    // "Mexico did not single out Mr. Trump for blame, but said it would push for ...": a pronoun
    // right before the verb group, after the actor found, is the subject; "it" means no person,
    // so a person found before it is not whom it means (a person before a group noun names the
    // body: "The Trump administration keeps saying that it wants"). Not "they": "he said they
    // would insist on" may mean the speaker's side.
    if (!makers.empty() && makers.front()->type == NodeType::kPerson &&
        !(makers.front()->last < static_cast<int>(sv.lower.size()) && IsGroupNoun(res_, sv.lower[makers.front()->last]))) {
      const int k = BeforeVerbGroup(sv, trigger);
      if (k >= makers.front()->last && !sv.MentionAt(k) &&
          Is(kNeuterPronoun, sv.lower[k]))
        return {};
    }
    // "Graham urged Trump to act, calling on him to ...": a participle after a comma has the
    // subject of the demand before it, not that demand's addressee.
    if (ParticipleClauseComma(sv, trigger) > 0 && last_sentence_ == sv.index && last_trigger_ < trigger && !last_makers_.empty())
      makers = last_makers_;
    else if (auto opening = ParticipleClauseSubject(sv, trigger); !opening.empty())
      makers = opening;
    else if (const int comma = ParticipleClauseComma(sv, trigger);
             comma > 1 && Is(kSubjectPronoun, sv.lower[0]) && !Is(kRelativePronoun, sv.lower[0]) && !makers.empty() &&
             makers.front()->first > 0 && makers.front()->last <= comma) {
      // "He vowed to fight Hamas militants, while continuing to urge Egypt to ...": a sentence
      // that opens with a personal pronoun has it for the participle's subject, not the actor
      // nearest before the comma (the pronoun's actor, or none).
      const Mention* he = sv.MentionAt(0);
      makers.clear();
      if (IsActor(he) && he->first == 0) makers.push_back(he);
    }
    // "Poland urged Hungary to lift its veto and demanded ...": Hungary, the object of the
    // first verb, is not the subject of the second.
    if (!makers.empty() && makers.front()->first > last_trigger_) {
      if (auto previous = PreviousMakers(sv, trigger); !previous.empty()) makers = previous;
    }
    const bool had_makers = !makers.empty();
    // "Biden phoned Yanukovych Tuesday and urged him to ...": the object of a verb before "and"
    // is no subject of the trigger (ObjectBeforeAnd).
    ObjectBeforeAnd(sv, trigger, makers);
    if (had_makers && makers.empty()) return {};
    // "Keir Starmer told MPs Britain would be poorer and called for ...": the subject of a clause
    // reported after a speech verb, with a modal in its verb group, does not coordinate with a
    // finite trigger after "and" ("would ... and called"): the speaker's clause does.
    if (!makers.empty() && ModalReportedSubject(sv, makers.front(), trigger))
      makers = CoordinatedClauseSubject(sv, trigger, /*comma_joins=*/true);
    // "the president's focus may lead him to lose focus on seeking ...": an object pronoun is
    // no subject.
    if (!makers.empty() && makers.front()->pronoun && Is(kObjectPronoun, sv.lower[makers.front()->first])) return {};
    // "His opponents have called for ...": a possessive pronoun before a noun that is no group
    // it leads ("his government") names someone else.
    if (!makers.empty() && makers.front()->pronoun && Is(kPossessivePronoun, sv.lower[makers.front()->first]) &&
        makers.front()->last < trigger && !IsGroupNoun(res_, sv.lower[makers.front()->last]))
      return {};
    if (makers.empty()) makers = RelativeClauseSubject(sv, trigger);
    if (makers.empty()) makers = CoordinatedClauseSubject(sv, trigger);
    if (makers.empty()) makers = PreviousMakers(sv, trigger);
    int first = trigger;
    for (const Mention* m : makers) first = std::min(first, m->first);
    // "Republicans sent Obama a letter urging him to ...": the actor before the noun a
    // participle qualifies is the object of the verb before it; that verb's subject sent it.
    if (!makers.empty()) {
      if (int verb = IndirectObjectVerb(sv, makers.front(), trigger); verb >= 0) {
        makers = SubjectBefore(res_, sv, verb);
        if (makers.empty()) return {};
        first = trigger;
        for (const Mention* m : makers) first = std::min(first, m->first);
      }
    }
    if (makers.empty() || Believed(sv, first, trigger) || InSubordinateClause(sv, makers.front(), trigger) ||
        ObjectOfAsking(sv, makers.front()) || ObjectInSubject(sv, makers.front()))
      return {};
    return makers;
  }

  // Whether the word at `j`, between an actor and a verb, may be a word of the subject's noun
  // phrase that the actor modifies ("U.S. Steel", "a Putin adviser"): a word (not a mention)
  // that is no preposition, determiner, clause word, time word, pronoun, adverb or auxiliary.
  bool SubjectNounWord(const SentenceView& sv, int j) const {
    const std::string& w = sv.words[j];
    const std::string& l = sv.lower[j];
    return !sv.MentionAt(j) && !w.empty() && std::isalpha(static_cast<unsigned char>(w[0])) && !IsPreposition(res_, l) &&
           !IsDeterminer(res_, l) && !Is(kCoordinator, l) && !Is(kRelativePronoun, l) && !Is(kComplementizer, l) &&
           !Is(kTimeAdverb, l) && !Is(kWeekday, l) && !Is(kSelfPronoun, l) && !Is(kSubjectPronoun, l) &&
           !HasEnding(l, kAdverbEnding) && !Is(kClauseAuxiliary, l) && !Is(kModalVerb, l) && !Is(kSubjectAdverb, l);
  }

  // "sent a letter to FBI Director James Comey asking him ...", "wrote a joint letter to Mrs
  // May urging her ...", "sent a note to Poland \"demanding an apology\"": when the participle
  // trigger follows (past a comma or an opening quotation mark) an actor after "to" (or a
  // preposition of filing, frame_filing_preposition: "filed a petition before the Supreme Court
  // asking for ...") after a message noun (frame_message_noun) with a determiner and up to two
  // lower-case modifiers,
  // returns the verb before the message and puts the actor in `recipient` (if given); else -1.
  int MessageRecipientVerb(const SentenceView& sv, int trigger, const Mention** recipient = nullptr) const {
    if (trigger < 5 || sv.lower[trigger].size() <= 4 || !sv.lower[trigger].ends_with("ing")) return -1;
    int t = trigger - 1;
    if (IsQuote(sv.words[t]) || sv.words[t] == ",") --t;
    // (past where and when the message went: "a petition before the Supreme Court in Manila on
    // Monday asking for ...")
    if (t >= 2 && Is(kWeekday, sv.lower[t]) && IsPreposition(res_, sv.lower[t - 1])) t -= 2;
    if (const Mention* place = sv.MentionAt(t); place && place->type == NodeType::kCity && place->last == t + 1 &&
                                                place->first >= 2 && sv.lower[place->first - 1] == "in")
      t = place->first - 2;
    const Mention* m = sv.ActorAt(t);
    if (!IsActor(m) || m->pronoun || m->last != t + 1 || m->first < 4) return -1;
    int p = m->first - 1;
    // (past the titles before a name: "to FBI Director James Comey", "to President Obama")
    for (int titles = 0; p > 0 && titles < 4 && sv.words[p] != sv.lower[p]; ++titles) {
      if (const Mention* body = sv.MentionAt(p); body && body->type != NodeType::kPerson && body->last == p + 1) {
        p = body->first - 1;
      } else if (res_.IsTitleWordAnyCase(sv.lower[p])) {
        --p;
      } else {
        break;
      }
    }
    if (p > 1 && Is(kDefiniteArticle, sv.lower[p])) --p;  // "a petition before the Supreme Court"
    if ((!Is(kRecipientPreposition, sv.lower[p]) && !Is(kFilingPreposition, sv.lower[p])) || sv.words[p] != sv.lower[p])
      return -1;
    int q = p - 1;
    if (!Is(kMessageNoun, sv.lower[q]) || sv.words[q] != sv.lower[q]) return -1;
    --q;
    for (int modifiers = 0; q > 0 && modifiers < 2 && sv.words[q] == sv.lower[q] && std::isalpha(static_cast<unsigned char>(sv.lower[q][0])) &&
                            !IsDeterminer(res_, sv.lower[q]) && !IsPreposition(res_, sv.lower[q]) && !sv.MentionAt(q);
         ++modifiers)
      --q;
    if (q < 1 || !IsDeterminer(res_, sv.lower[q]) || IsPossessive(sv.words[q])) return -1;
    const int b = q - 1;
    const std::string& verb = sv.lower[b];
    if (sv.words[b] != verb || !std::isalpha(static_cast<unsigned char>(verb[0])) || IsPreposition(res_, verb) ||
        IsDeterminer(res_, verb) || Is(kCoordinator, verb) || Is(kComplementizer, verb) || Is(kRelativePronoun, verb) ||
        Is(kClauseAuxiliary, verb) || Is(kPassiveAuxiliary, verb))
      return -1;
    if (recipient) *recipient = m;
    return b;
  }

  // The verb whose indirect object the actor `m` is, when a noun phrase with a determiner
  // follows it and the participle trigger qualifies that noun ("sent Obama a letter urging him
  // to ...", "handed the president a note asking him ..."); -1 if none.
  int IndirectObjectVerb(const SentenceView& sv, const Mention* m, int trigger) const {
    if (m->pronoun || sv.lower[trigger].size() <= 4 || !sv.lower[trigger].ends_with("ing")) return -1;
    int k = m->last;
    if (k >= trigger || !IsDeterminer(res_, sv.lower[k]) || IsPossessive(sv.words[k])) return -1;
    int words = 0;
    for (++k; k < trigger; ++k, ++words) {
      const std::string& w = sv.words[k];
      if (w != sv.lower[k] || sv.MentionAt(k) || IsPreposition(res_, w) || Is(kCoordinator, w) || words >= 3 ||
          !std::isalpha(static_cast<unsigned char>(w[0])))
        return -1;
    }
    if (words == 0) return -1;
    int b = m->first - 1;
    while (b >= 0 && IsDeterminer(res_, sv.lower[b]) && !Is(kComplementizer, sv.lower[b])) --b;
    if (b < 1 || sv.words[b] != sv.lower[b] || IsPreposition(res_, sv.lower[b]) || IsDeterminer(res_, sv.lower[b]) ||
        Is(kCoordinator, sv.lower[b]) || Is(kComplementizer, sv.lower[b]) || Is(kClauseAuxiliary, sv.lower[b]) ||
        Is(kPassiveAuxiliary, sv.lower[b]) || Is(kRelativePronoun, sv.lower[b]) || !std::isalpha(static_cast<unsigned char>(sv.lower[b][0])))
      return -1;
    return b;
  }

  // "the movement backing Morsi called for ...", "protesters supporting Maduro demanded",
  // "the party that backs Erdogan called for": an actor right after a verb inside the subject's
  // noun phrase (a participle after a noun, or a verb after a relative pronoun) is that verb's
  // object; the subject is the noun, which names no actor. Not after a verb that takes a clause
  // ("sources saying Iran demanded", class frame_clause_verb) nor a participle that works as a
  // preposition ("allies including France called for", frame_prepositional_participle).
  bool ObjectInSubject(const SentenceView& sv, const Mention* m) const {
    if (m->pronoun) return false;
    int v = m->first - 1;
    while (v >= 0 && IsDeterminer(res_, sv.lower[v]) && !Is(kComplementizer, sv.lower[v])) --v;
    if (v < 1) return false;
    const std::string& verb = sv.lower[v];
    if (sv.words[v] != verb || IsPreposition(res_, verb) || IsDeterminer(res_, verb) || Is(kCoordinator, verb) ||
        Is(kClauseVerb, verb) || Is(kSpeechVerb, verb) || Is(kPrepositionalParticiple, verb) || Is(kClauseAuxiliary, verb) ||
        Is(kPassiveAuxiliary, verb) || Is(kRelativePronoun, verb) || Is(kComplementizer, verb) || HasEnding(verb, kAdverbEnding))
      return false;
    const std::string& before = sv.lower[v - 1];
    // "that backs", "who support": a relative clause's verb.
    if ((Is(kRelativePronoun, before) || Is(kComplementizer, before)) && sv.words[v - 1] == before && v >= 2 &&
        sv.words[v - 2] != "," && !Is(kSpeechVerb, sv.lower[v - 2]) && !Is(kClauseVerb, sv.lower[v - 2]) &&
        (verb.ends_with("s") || verb.ends_with("ed")))
      return true;
    // "the movement backing", "protesters supporting": a participle after a noun.
    if (verb.size() <= 4 || !verb.ends_with("ing")) return false;
    if (const Mention* a = sv.ActorAt(v - 1); a && a->last == v) return !a->pronoun;
    // The noun is a plural or follows a determiner ("protesters backing X", "the movement
    // backing X"): not a verb ("would now consider supporting X") nor a pronoun ("to stop it
    // attacking X"). A capitalised word only opening the sentence ("Protesters backing X").
    if (!(before.size() > 3 && before.ends_with("s") && !before.ends_with("ss")) && !(v >= 2 && IsDeterminer(res_, sv.lower[v - 2])))
      return false;
    return (sv.words[v - 1] == before || v == 1) && !sv.MentionAt(v - 1) && std::isalpha(static_cast<unsigned char>(before[0])) &&
           !Is(kObjectPronoun, before) && !Is(kPossessivePronoun, before) &&
           !IsPreposition(res_, before) &&
           !IsDeterminer(res_, before) && !Is(kCoordinator, before) && !Is(kClauseAuxiliary, before) &&
           !Is(kPassiveAuxiliary, before) && !Is(kRelativePronoun, before) && !Is(kComplementizer, before) &&
           !HasEnding(before, kAdverbEnding) && !Is(kSpeechVerb, before) && !Is(kClauseVerb, before);
  }

  // True when `m` opens a clause reported by a speech verb at most two words before it
  // ("told MPs Britain would ...", "said Tokyo will ...") whose verb group holds a modal
  // (class frame_modal_verb) before the "and" that joins the trigger (token index `trigger`).
  // Only a trigger in a finite form ("called", "urges") is tested: a bare one ("would go back
  // and seek ...") continues the modal's verb group.
  bool ModalReportedSubject(const SentenceView& sv, const Mention* m, int trigger) const {
    const std::string& verb = sv.lower[trigger];
    const bool finite = verb.ends_with("ed") || (verb.ends_with("s") && !verb.ends_with("ss"));
    if (!finite) return false;
    const int and_at = BeforeVerbGroup(sv, trigger);
    if (and_at <= m->last || !Is(kCoordinator, sv.lower[and_at]) || sv.words[and_at - 1] == ",") return false;
    bool speech = false;
    for (int j = m->first - 1; j >= 0 && j >= m->first - 3 && !speech; --j) {
      if (sv.words[j] == "," || sv.MentionAt(j)) break;
      speech = Is(kSpeechVerb, sv.lower[j]);
    }
    if (!speech) return false;
    for (int t = m->last; t < and_at; ++t) {
      if (sv.words[t] == "," || Is(kComplementizer, sv.lower[t])) return false;
      if (Is(kModalVerb, sv.lower[t])) return true;
    }
    return false;
  }

  // "he had asked Congress to delay voting on his call for ...", "urging South Korea to show
  // restraint while urging China to ...", "remind Egypt's leaders of their promises and urge
  // them": an actor right after a verb of asking or telling (past determiners) is its object,
  // not the subject of a later verb.
  bool ObjectOfAsking(const SentenceView& sv, const Mention* m) const {
    if (m->pronoun) return false;
    int b = m->first - 1;
    // (Not past "that": "insisted that Trump wants NATO to ..." has Trump for subject.)
    while (b >= 0 && IsDeterminer(res_, sv.lower[b]) && !Is(kComplementizer, sv.lower[b])) --b;
    if (b < 0 || sv.words[b] != sv.lower[b] || IsPreposition(res_, sv.lower[b])) return false;
    return DemandVerb(sv.lower[b]) || Is(kToldMark, sv.lower[b]);
  }

  // The comma that opens the participle clause of the trigger at `trigger`, or -1: ", urging",
  // ", while urging" (class frame_subordinator, not "as"), ", continuing to urge" or ", while
  // continuing to press" (an -ing form of frame_aspect_verb before "to").
  int ParticipleClauseComma(const SentenceView& sv, int trigger) const {
    int p = trigger;
    if (p >= 2 && Is(kInfinitiveMarker, sv.lower[p - 1]) && Is(kAspectVerb, sv.lower[p - 2])) p -= 2;
    if (p < 1 || sv.lower[p].size() <= 4 || !sv.lower[p].ends_with("ing")) return -1;
    int q = p - 1;
    if (q >= 1 && Is(kSubordinator, sv.lower[q]) && !Is(kAsWord, sv.lower[q]) && sv.words[q] == sv.lower[q]) --q;
    return sv.words[q] == "," ? q : -1;
  }

  // "President Obama called Putin on Tuesday to discuss the violence in eastern Ukraine, urging
  // him to ...": a participle after a comma has the main clause's subject, the actor that opens
  // the sentence (after capitalised words, determiners and commas), not the nearest actor
  // before it. Empty when no actor opens it, or a that-clause or a quotation comes first.
  std::vector<const Mention*> ParticipleClauseSubject(const SentenceView& sv, int trigger) const {
    // (Not before a clause: ", insisting (that) ISIS poses a threat" reports a statement more often.)
    const int comma = ParticipleClauseComma(sv, trigger);
    if (comma < 2 || trigger + 1 >= static_cast<int>(sv.words.size()) || Is(kComplementizer, sv.lower[trigger + 1]) ||
        (Is(kDemandThat, sv.lower[trigger]) && !IsPreposition(res_, sv.lower[trigger + 1])))
      return {};
    for (int j = 0; j < comma; ++j) {
      if (Is(kComplementizer, sv.lower[j]) || IsQuote(sv.words[j])) return {};
    }
    for (int j = 0; j < comma;) {
      const Mention* m = sv.MentionAt(j);
      // ("The Spanish prime minister met ...": a demonym before its group noun.)
      const bool group = IsActor(m) && m->demonym && m->last < comma && IsGroupNoun(res_, sv.lower[m->last]);
      if (IsActor(m) && (!m->demonym || group) && !m->pronoun) {
        // "German Chancellor Angela Merkel": the person named after the office.
        for (const Mention& x : sv.mentions) {
          if (!m->demonym || x.first < m->last || x.first > m->last + 3 || !IsActor(&x) || x.type != NodeType::kPerson || x.pronoun)
            continue;
          bool titles = true;
          for (int t = m->last; t < x.first; ++t) titles = titles && res_.IsTitleWordAnyCase(sv.lower[t]);
          if (titles) m = &x;
          break;
        }
        if (m->last >= comma || IsPossessive(sv.words[m->last])) return {};
        // "The Washington Post obtained", "The Clinton Foundation had": part of a longer name.
        if (IsCapitalized(sv.words[m->last]) && !sv.MentionAt(m->last)) return {};
        auto subject = SubjectBefore(res_, sv, m->last, 0);
        if (subject.empty() || subject.front() != m) return {};
        return subject;
      }
      if (m) return {};
      const std::string& w = sv.words[j];
      if (w == sv.lower[j] && !IsDeterminer(res_, sv.lower[j]) && w != "," && !res_.IsTitleWordAnyCase(sv.lower[j])) return {};
      ++j;
    }
    return {};
  }

  // "Pompeo meets the Saudi king as the Khashoggi family calls for ...", "Trump refused when an
  // aide asked that ...": a subordinate clause (class frame_subordinator) opens between the
  // actor found and the verb, and its own subject, which names no actor, stands before the
  // verb; not "such as", "as well as", "as a mediator", nor a subordinator right before the verb
  // ("Iran, while insisting on ...").
  bool InSubordinateClause(const SentenceView& sv, const Mention* m, int trigger) const {
    if (m->rule == "actor.quote-speaker") return false;
    const int k = BeforeVerbGroup(sv, trigger);
    for (int s = m->last; s < k; ++s) {
      if (sv.words[s] == "," || sv.words[s] == ";" || sv.words[s] == ":" || sv.words[s] == "-" || Is(kAsideMark, sv.words[s]))
        return false;
      if (!Is(kSubordinator, sv.lower[s]) || sv.words[s] != sv.lower[s]) continue;
      if ((s > 0 && Is(kAsContinuer, sv.lower[s - 1])) || Is(kAsContinuer, sv.lower[s + 1])) continue;
      // "Iran as a new superpower seeks", "said it would act as a mediator and called for": a role.
      int after = s + 1;
      while (after < k && IsQuote(sv.words[after])) ++after;
      // (Only "as": "when an aide urged him" is a clause with a subject of its own.)
      if (Is(kAsWord, sv.lower[s]) && Is(kIndefiniteArticle, sv.lower[after])) continue;
      // (A person the document names by one name only, "when McKinley urged him", is a mention
      // but no actor: it names no actor either.)
      for (int j = s + 1; j <= k; ++j) {
        if (sv.words[j] == "," || Is(kClauseEnd, sv.lower[j]) || IsActor(sv.MentionAt(j))) return false;
      }
      return true;
    }
    return false;
  }

  // Whether the subject of the verb at `trigger` is not the actor `m` that SubjectBefore found:
  // - a pronoun that names no actor stands between them, right before the verb group, where a
  //   sentence break was missed ("... a direct threat to the U.S. They urged ...", "... in
  //   Gaza; they demand ..."): the pronoun is the subject, and whom it means is unknown here;
  // - an actor that only modifies a noun after an indefinite article, the noun phrase closed
  //   by "by" or a comma before the verb ("have run afoul of a U.S. law by calling for",
  //   "prompted X to seek an urgent U.N. investigation, demand ..."); not a person or group
  //   noun ("a senior Hamas official, called for" keeps its actor);
  // - a country named after a city as where it is ("the committee investigating the attack in
  //   Benghazi, Libya, pressed ...", "a bombing in Aleppo, Syria, prompted calls"): a place;
  // - "the leader of Islamic Jihad, ..., called for": an office of a body named after it does
  //   not resolve to the last person with that title elsewhere ("the secretary of state" is
  //   one title);
  // - the state opens the name of a body that is not the state ("The US Chamber of Commerce
  //   urged Beijing", "the Russia Business Council called for"): a state followed by up to
  //   three capitalised words, one of them the head of a private body's name.
  bool SubjectNamesNoActor(const SentenceView& sv, const Mention* m, int trigger) const {
    const int k = BeforeVerbGroup(sv, trigger);
    if (k >= m->last && k >= 1 && Is(kSelfPronoun, sv.lower[k]) && !Is(kQuoteSpeakerPronoun, sv.lower[k]) &&
        !sv.MentionAt(k) && (sv.words[k] != sv.lower[k] || sv.words[k - 1] == ";"))
      return true;
    if (int a = m->first - 1; a >= 0 && !m->pronoun && !m->demonym && m->type != NodeType::kPerson && trigger >= 2 &&
                              (sv.words[trigger - 1] == "," || IsPreposition(res_, sv.lower[trigger - 1]))) {
      if (a >= 1 && sv.words[a] == sv.lower[a] && !sv.MentionAt(a) && !Is(kIndefiniteArticle, sv.lower[a])) --a;
      const int head = trigger - 2;
      bool noun_phrase = head >= m->last && head < m->last + 3;
      for (int j = m->last; noun_phrase && j <= head; ++j) {
        const std::string& w = sv.words[j];
        noun_phrase = !sv.MentionAt(j) && w == sv.lower[j] && !w.empty() && w[0] >= 'a' && w[0] <= 'z' &&
                      !Is(kRelativePronoun, w) && !Is(kComplementizer, w);
      }
      if (noun_phrase && Is(kIndefiniteArticle, sv.lower[a]) && !IsGroupNoun(res_, sv.lower[head]) &&
          !res_.IsPersonAnaphor(sv.lower[head]))
        return true;
    }
    if (m->type == NodeType::kState && !m->demonym && m->first >= 2 && sv.words[m->first - 1] == "," &&
        m->last < trigger && sv.words[m->last] == ",") {
      if (const Mention* city = sv.MentionAt(m->first - 2); city && city->type == NodeType::kCity && city->last == m->first - 1)
        return true;
    }
    if (m->pronoun && m->type == NodeType::kPerson && m->last + 1 < trigger && Is(kGenitivePreposition, sv.lower[m->last])) {
      int o = m->last + 1;
      if (o + 1 < trigger && IsDeterminer(res_, sv.lower[o])) ++o;
      const Mention* of = sv.ActorAt(o);
      if ((of && st_->Principal(m->key) != of->key && of->key != m->key) || (!of && IsCapitalized(sv.words[o]))) return true;
    }
    // "Trump lawyer calls for ...", "a Putin adviser demanded ...": a person's name that only
    // modifies the head noun of the subject (one or two lower-case words, not a group the person
    // leads: "the Trump administration", "the Clinton campaign") names someone else, unnamed.
    if (m->type == NodeType::kPerson && !m->pronoun && m->last < trigger && sv.words[trigger] == sv.lower[trigger]) {
      const int head_at = BeforeVerbGroup(sv, trigger);
      // (The head names a person: a title or a person noun, "lawyer", "adviser", "aides"; not
      // "Lavrov earlier Friday called", "Trump renews push", "Mr Johnson last night called".)
      const std::string& head = sv.lower[head_at];
      const std::string singular = head.size() > 3 && head.back() == 's' ? head.substr(0, head.size() - 1) : head;
      const bool person_head = res_.IsTitleWordAnyCase(head) || res_.IsPersonAnaphor(head) || Is(kPersonNoun, head) ||
                               res_.IsTitleWordAnyCase(singular) || res_.IsPersonAnaphor(singular);
      if (head_at >= m->last && head_at <= m->last + 1 && person_head && !IsGroupNoun(res_, head) && !IsPossessive(sv.words[m->last])) {
        bool modifier = true;
        for (int j = m->last; j <= head_at && modifier; ++j) {
          const std::string& w = sv.words[j];
          modifier = SubjectNounWord(sv, j) && w == sv.lower[j] && !Is(kSpeechVerb, w) && !w.ends_with("ed") &&
                     !w.ends_with("self");  // "Merkel herself"
        }
        if (modifier) return true;
      }
    }
    if (m->type != NodeType::kState || m->demonym || m->pronoun || m->last >= trigger) return false;
    // "U.S. Steel has asked for", "a UK parliament petition seeking", "the former U.S. government
    // contractor urged": a state that only modifies the head noun of the subject, a noun that
    // names neither a group of the state's people in office nor a person of it (group_noun,
    // person anaphors, titles), does not act; the head does.
    // (Only before a verb of demanding: "remains under pressure to" has a verb there.)
    if (k >= m->last && k < m->last + 3 && DemandVerb(sv.lower[trigger])) {
      bool modifier = true;
      for (int j = m->last; j <= k && modifier; ++j) modifier = SubjectNounWord(sv, j);
      const std::string& head = sv.lower[k];
      // (Before a participle, a head in -s or -ed may be a verb: "Iran continues demanding".)
      // So is a verb of aspect in any form ("France kept pushing", "began urging").
      if (sv.lower[trigger].ends_with("ing") && (head.ends_with("s") || head.ends_with("ed") || Is(kAspectVerb, head)))
        modifier = false;
      // (A state's own body or voice still acts: "U.S. officers urged", "the White House
      // statement calls for", class frame_state_voice_noun; so does its document.)
      if (modifier && !IsGroupNoun(res_, head) && !res_.IsPersonAnaphor(head) && !res_.IsTitleWordAnyCase(head) &&
          !IsPossessive(sv.words[k]) && !Is(kStateVoiceNoun, head) && !Is(kDocumentNoun, head))
        return true;
    }
    for (int j = m->last; j < trigger && j < m->last + 3; ++j) {
      if (sv.MentionAt(j) || !IsCapitalized(sv.words[j])) return false;
      if (Is(kPrivateBodyHead, sv.lower[j])) return true;
    }
    return false;
  }

  // A belief verb shortly before the maker or between the maker and the trigger ("he thought
  // Kim wanted"), or a denial before the maker ("denied that Obama had urged"), in the same
  // sentence.
  bool Believed(const SentenceView& sv, int maker_first, int trigger) const {
    for (int k = trigger - 1; k >= 0 && k >= maker_first - 6; --k) {
      const std::string& w = sv.lower[k];
      if (w == ";" || w == ":") break;
      // "... than Beijing expected, Mr. Xi urged": a comma before the maker closes the belief,
      // unless the belief is an aside between commas (", experts speculate, Pyongyang sought").
      if (w == "," && k < maker_first) {
        if (k >= 1 && Is(kBeliefVerb, sv.lower[k - 1])) {
          for (int j = k - 2; j >= 0 && j >= k - 4; --j) {
            if (sv.words[j] == ",") return true;
          }
        }
        break;
      }
      // (Not a verb coordinated with the trigger: "had either suggested or called for".)
      if (Is(kBeliefVerb, w) && !(k + 1 < trigger && (Is(kCoordinator, sv.lower[k + 1]) || Is(kAlternativeCoordinator, sv.lower[k + 1]))))
        return true;
      // "Let's say both parties want ...", "let us assume Iran demands ...": a supposition.
      if (k >= 2 && Is(kSuppositionVerb, w) && sv.lower[k - 2] == "let" && (sv.lower[k - 1] == "us" || IsPossessive(sv.words[k - 1])))
        return true;
      if (k < maker_first && Is(kDenialVerb, w)) return true;
      // "Iran denies it seeks nuclear weapons": a denial between the maker and the verb heads
      // the clause of the verb, unless a conjunction or a comma starts a clause of its own
      // ("denied the reports and demanded ...").
      if (k > maker_first && Is(kDenialVerb, w)) {
        bool own_clause = false;
        for (int j = k + 1; j < trigger && !own_clause; ++j) own_clause = Is(kCoordinator, sv.lower[j]) || sv.words[j] == ",";
        if (!own_clause) return true;
      }
    }
    return false;
  }

  // Skips back over auxiliaries and adverbs before the trigger; returns the token before them.
  int BeforeVerbGroup(const SentenceView& sv, int trigger) const {
    int k = trigger - 1;
    while (k >= 0 && (Is(kSequenceAdverb, sv.lower[k]) || Is(kClauseAuxiliary, sv.lower[k]) ||
                      Is(kTimeAdverb, sv.lower[k]) || HasEnding(sv.lower[k], kAdverbEnding)))
      --k;
    return k;
  }

  // "would not reveal what the PM has asked for", "what Beijing is seeking": the trigger's
  // object is a "what" (class frame_fronted_object) fronted before its subject (an actor, or a determiner and up to two
  // words: "what the prime minister has asked for").
  bool FrontedWhatObject(const SentenceView& sv, int trigger) const {
    int k = BeforeVerbGroup(sv, trigger);
    if (k < 1) return false;
    if (const Mention* subject = sv.ActorAt(k); IsActor(subject) && subject->last == k + 1) {
      k = subject->first - 1;
    } else {
      int d = k;
      while (d >= 0 && d > k - 3 && !IsDeterminer(res_, sv.lower[d]) && std::isalpha(static_cast<unsigned char>(sv.words[d][0]))) --d;
      if (d < 0 || !IsDeterminer(res_, sv.lower[d])) return false;
      k = d;
    }
    while (k >= 0 && IsDeterminer(res_, sv.lower[k])) --k;
    return k >= 0 && Is(kFrontedObject, sv.lower[k]);
  }

  // "a deadline set by North Korea, which has called on ...": the actor before ", which".
  std::vector<const Mention*> RelativeClauseSubject(const SentenceView& sv, int trigger) const {
    int k = BeforeVerbGroup(sv, trigger);
    if (k < 2 || !Is(kRelativePronoun, sv.lower[k]) || Is(kComplementizer, sv.lower[k]) || sv.words[k - 1] != ",") return {};
    const Mention* a = sv.ActorAt(k - 2);
    if (!IsActor(a) || a->last != k - 1) return {};
    return {a};
  }

  // The actor a relative pronoun at `k` stands for: the one that ends right before it (past a
  // comma and a parenthesis: "Sen. Ted Cruz (R-Texas), who"), or none.
  std::vector<const Mention*> RelativeAntecedent(const SentenceView& sv, int k) const {
    // "Germany, France and Britain -- all of which have called for": past "all of".
    if (k >= 3 && Is(kGenitivePreposition, sv.lower[k - 1]) && IsDeterminer(res_, sv.lower[k - 2]) &&
        (sv.words[k - 3] == "," || sv.words[k - 3] == "-" || Is(kAsideMark, sv.words[k - 3])))
      k -= 2;
    int a = k - 1;
    // ", who" / " - which": a non-restrictive clause, whose antecedent may be a prepositional object.
    const bool comma = a >= 0 && (sv.words[a] == "," || sv.words[a] == "-" || Is(kAsideMark, sv.words[a]));
    if (comma) --a;
    while (comma && a >= 1 && sv.words[a] == "-") --a;  // "--" written as two hyphens
    if (a >= 1 && sv.words[a] == ")") {
      int open = a - 1;
      while (open > 0 && open >= a - 6 && sv.words[open] != "(") --open;
      if (open >= 1 && sv.words[open] == "(") a = open - 1;
    }
    if (a < 0) return {};
    // "the Palestinian people, who", "Russian officials who": a demonym before a group noun.
    if (IsGroupNoun(res_, sv.lower[a]) && !sv.MentionAt(a)) {
      auto group = SubjectBefore(res_, sv, a + 1, 1);
      if (!group.empty() && group.front()->last == a) return {group.front()};
      return {};
    }
    const Mention* m = sv.ActorAt(a);
    // "Sen. Chuck Grassley, R-Iowa, who", "Alina Lobzina, a news producer, who": past a short
    // apposition between commas.
    if (!m && comma) {
      for (int c = a - 1; c >= 1 && c >= a - 5; --c) {
        if (sv.words[c] != ",") continue;
        if (const Mention* before = sv.ActorAt(c - 1); IsActor(before) && before->last == c && before->type == NodeType::kPerson)
          return {before};
        break;
      }
    }
    if (!IsActor(m) || m->last != a + 1) return {};
    // "radical Islamists in Yemen who seek ...", "MPs in Parliament who want ...": in a
    // restrictive clause (no comma) the object of a preposition is the antecedent's place, not
    // the antecedent (unless after a group noun: "officials in Iran who"); "a deadline set by
    // North Korea, which has called on" has it for antecedent.
    int lead = m->first - 1;
    while (lead >= 0 && IsDeterminer(res_, sv.lower[lead])) --lead;
    if (!comma && lead >= 1 && IsPreposition(res_, sv.lower[lead]) && !IsGroupNoun(res_, sv.lower[lead - 1])) return {};
    // "Russia and China, which have called for ...", "Germany, France and Britain -- all of
    // which": the coordinated antecedents.
    std::vector<const Mention*> out{m};
    bool joined = false;
    for (const Mention* prev = m; prev->first >= 2;) {
      int b = prev->first - 1;
      if (b >= 2 && Is(kDefiniteArticle, sv.lower[b])) --b;  // "Japan and the U.S."
      if (!Is(kCoordinator, sv.lower[b]) && !(joined && sv.words[b] == ",")) break;
      joined = true;
      if (b >= 2 && sv.words[b - 1] == ",") --b;  // the serial comma
      const Mention* other = sv.ActorAt(b - 1);
      if (!IsActor(other) || other->last != b) break;
      out.push_back(other);
      prev = other;
    }
    return out;
  }

  // "X called on Y to ... and demanded Z": the makers of the demand made earlier in the same
  // sentence by the verb this one is coordinated with.
  std::vector<const Mention*> PreviousMakers(const SentenceView& sv, int trigger) const {
    int k = BeforeVerbGroup(sv, trigger);
    if (k < 1 || !Is(kCoordinator, sv.lower[k]) || last_sentence_ != sv.index || last_trigger_ >= k) return {};
    return last_makers_;
  }

  // "X <verb> ... and [then|has|also] <trigger>": the actor that opens the sentence (after a
  // dateline "LONDON (Reuters) -" and capitalised or introductory words), if any.
  std::vector<const Mention*> CoordinatedClauseSubject(const SentenceView& sv, int trigger, bool comma_joins = false) const {
    int k = trigger - 1;
    while (k >= 0 && (Is(kSequenceAdverb, sv.lower[k]) || Is(kClauseAuxiliary, sv.lower[k]) ||
                      Is(kTimeAdverb, sv.lower[k]) || HasEnding(sv.lower[k], kAdverbEnding)))
      --k;
    // (with comma_joins, a comma before a finite verb joins like "and": "summoned the envoy,
    // demanded ..."; only after a verb's object, where the comma cannot close an aside)
    const bool comma = comma_joins && k >= 2 && sv.words[k] == "," && !sv.lower[trigger].ends_with("ing");
    // (", and" only with comma_joins: after an object, "reached Mexico, and sought asylum")
    if (k < 2 || (!Is(kCoordinator, sv.lower[k]) && !comma) || (sv.words[k - 1] == "," && !comma_joins)) return {};
    const int and_at = k;
    // "The BBC reports that the minister ... slammed X and demanded": a reported clause has a
    // subject of its own.
    for (int j = 0; j < and_at; ++j) {
      if (Is(kComplementizer, sv.lower[j])) return {};
    }
    // "... will include Harold Hamm, a Trump donor, who has accused the Saudis of dumping oil and
    // has called for import restrictions": a verb joined to one of a relative clause that no comma
    // has closed shares that clause's antecedent (or no one named), not the opening subject.
    for (int j = and_at - 1; j >= 1; --j) {
      if (sv.words[j] == ",") break;
      if (Is(kRelativePronoun, sv.lower[j]) && !Is(kComplementizer, sv.lower[j]) && sv.words[j - 1] == ",")
        return RelativeAntecedent(sv, j);
    }
    const int n = static_cast<int>(sv.words.size());
    int start = 0;
    for (int j = 1; j < std::min(n, 10); ++j) {
      const std::string& w = sv.words[j];
      if ((w == "-" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93") && sv.words[j - 1] == ")") start = j + 1;
    }
    // "A spokeswoman said Trump called Pompeo Sunday evening and asked him ...": a clause
    // reported without "that" has its own subject, the actor right after the speech verb and
    // before a lower-case verb (not "stressed Tokyo's ..."), when the verb after "and" can
    // continue that clause: not after a modal ("told MPs Britain would be poorer and called
    // for ...": "called" is the speaker's, as "would ... called" does not coordinate).
    for (int j = start; j + 1 < and_at; ++j) {
      const Mention* reported = sv.ActorAt(j + 1);
      if (!Is(kSpeechVerb, sv.lower[j]) || !IsActor(reported) || reported->first != j + 1 || reported->last >= and_at ||
          sv.words[reported->last] != sv.lower[reported->last] || IsPossessive(sv.words[reported->last]) ||
          IsPreposition(res_, sv.lower[reported->last]) || IsDeterminer(res_, sv.lower[reported->last]))
        continue;
      bool modal = false;
      for (int t = reported->last; t < and_at && !modal; ++t) modal = Is(kModalVerb, sv.lower[t]);
      if (!modal) start = j + 1;
    }
    for (int j = start; j < and_at;) {
      const Mention* m = sv.MentionAt(j);
      // "UK Opposition Leader Jeremy Corbyn": the titled person after a modifying actor.
      while (IsActor(m) && m->last < and_at) {
        int t = m->last;
        while (t < and_at && !sv.MentionAt(t) && sv.words[t] != sv.lower[t]) ++t;
        const Mention* next = t < and_at ? sv.ActorAt(t) : nullptr;
        if (!next || next->first != t || IsPossessive(sv.words[m->last])) break;
        m = next;
      }
      if (IsActor(m) && !m->demonym) {
        if (m->last >= and_at) return {};
        if (IsPossessive(sv.words[m->last])) {
          // "Spain's foreign minister criticized Morocco and called for ...": an owner before the
          // office or body that acts (up to three title words or group nouns, the last a group
          // noun) is the subject of the verb that follows them, as in the clause before "and".
          int verb = m->last + 1;
          while (verb < and_at && verb <= m->last + 3 && !sv.MentionAt(verb) &&
                 (res_.IsTitleWordAnyCase(sv.lower[verb]) || IsGroupNoun(res_, sv.lower[verb])))
            ++verb;
          if (verb == m->last + 1 || verb >= and_at || !IsGroupNoun(res_, sv.lower[verb - 1]) ||
              sv.words[verb] != sv.lower[verb])
            return {};
          auto subject = SubjectBefore(res_, sv, verb, verb - m->last);
          if (subject.empty() || subject.front() != m) return {};
          return subject;
        }
        auto subject = SubjectBefore(res_, sv, m->last, 0);
        if (subject.empty() || subject.front() != m) return {};
        return subject;
      }
      if (m) {
        j = m->last;
        continue;
      }
      const std::string& w = sv.words[j];
      bool capitalised = !w.empty() && w != sv.lower[j];
      if (!capitalised && !IsDeterminer(res_, sv.lower[j]) && w != "," && !res_.IsTitleWordAnyCase(sv.lower[j])) return {};
      ++j;
    }
    return {};
  }

  // "demand:rus:east-expand-refusal": type, the maker's principal, the sorted content words.
  // A content of one or two words says too little to be the same demand wherever its maker's
  // state makes it ("step aside" of Assad, and of a cabinet member): its key also names those
  // asked, sorted ("demand:usa:aside-step@bashar-al-assad"), so it merges across documents
  // only with the same demand of the same addressees. Asked of no one named, such a content
  // ("calm", "a snap election") is scoped to its document when `document` is given
  // ("demand:gbr:election-snap@doc-allsides-x1"): a call for calm in one conflict and in
  // another, or for an election in 2017 and in 2019, are not one demand.
  static std::string ContentKey(const char* type, const std::string& principal, const std::set<std::string>& words,
                                const std::vector<std::string>& asked = {}, const std::string& document = "") {
    std::string key = std::string(type) + ":" + Slug(principal.substr(principal.find(':') + 1)) + ":";
    bool first = true;
    for (const auto& w : words) {
      key += (first ? "" : "-") + Slug(w);
      first = false;
    }
    if (words.size() <= 2 && !asked.empty()) {
      std::set<std::string> scope;
      for (const auto& a : asked) scope.insert(Slug(a.substr(a.find(':') + 1)));
      first = true;
      for (const auto& a : scope) {
        key += (first ? "@" : "+") + a;
        first = false;
      }
    } else if (words.size() <= 2 && !document.empty()) {
      key += "@doc-" + Slug(document);
    }
    return key;
  }

  // Adds the node, or merges its evidence into the node already under its key.
  void UpsertNode(Node node) {
    if (auto found = st_->nodes.find(node.key); found != st_->nodes.end()) {
      for (const auto& e : node.evidence) AddEvidence(&found->second.evidence, e);
    } else {
      std::string key = node.key;
      st_->nodes.emplace(std::move(key), std::move(node));
    }
  }

  // The edge from an actor, and the same edge from the state or body the actor stands for.
  void AddActorEdge(const std::string& actor, Relation relation, const std::string& to, const Evidence& ev) {
    st_->AddEdge(actor, relation, to, ev);
    std::string p = st_->Principal(actor);
    if (p != actor) st_->AddEdge(p, relation, to, ev);
  }

  // Where a trailing time phrase that starts at `k` really starts: "earlier this year", "later
  // on Tuesday", "sometime next month" take the word before them (frame_time_lead_word) along;
  // cut at the date alone, the content would end in "... earlier".
  int TimeLeadStart(const SentenceView& sv, int from, int k) const {
    return k - 1 > from && Is(kTimeLeadWord, sv.lower[k - 1]) && sv.lower[k - 1] == sv.words[k - 1] ? k - 1 : k;
  }

  // A verb's bare form (no -s, -ed or -ing ending): "plan", "hope", "express" ("plans",
  // "planned" and "planning" are not).
  static bool BareVerbForm(const std::string& w) {
    return w.size() > 2 && !(w.back() == 's' && !w.ends_with("ss")) && !w.ends_with("ed") && !w.ends_with("ing");
  }

  // Whether the content [from, k) so far is a noun phrase: no infinitive or clause opens it or
  // stands in it ("urgent action", not "Iran to halt the drills", "that Peru withdraw").
  bool NounPhraseSoFar(const SentenceView& sv, int from, int k) const {
    if (from > 0 && (Is(kInfinitiveMarker, sv.lower[from - 1]) || Is(kComplementizer, sv.lower[from - 1]))) return false;
    for (int j = from; j < k; ++j) {
      if (Is(kInfinitiveMarker, sv.lower[j]) || Is(kComplementizer, sv.lower[j]) || Is(kRelativePronoun, sv.lower[j])) return false;
    }
    // "demanded Peru halt the drills and agree to talks": an actor right at the start with a
    // bare verb after it opens a clause.
    if (const Mention* m = sv.ActorAt(from); m && m->first == from && !m->demonym && m->last < k && sv.lower[m->last] == sv.words[m->last] &&
        !IsPreposition(res_, sv.lower[m->last]))
      return false;
    return true;
  }

  // "demanded Friday that", "demanded on Tuesday that", "demanded last week that", "demanded
  // earlier this month that": skip the time adverbial.
  int SkipTimeAdverbs(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.lower.size());
    while (k < n) {
      if (Is(kTimeAdverb, sv.lower[k])) {
        ++k;
      } else if (Is(kDayPreposition, sv.lower[k]) && k + 1 < n && Is(kTimeAdverb, sv.lower[k + 1])) {
        k += 2;
      } else if (Is(kRelativeDateWord, sv.lower[k]) && k + 1 < n && Is(kDatePeriod, sv.lower[k + 1])) {
        k += 2;
      } else if (Is(kRelativeDateWord, sv.lower[k]) && k + 2 < n && Is(kRelativeDateWord, sv.lower[k + 1]) &&
                 Is(kDatePeriod, sv.lower[k + 2])) {
        k += 3;
      } else if (int d = DurationAt(sv, k); d > 0) {  // "has urged for months", "pressed X for years to"
        k += d;
      } else {
        break;
      }
    }
    return k;
  }

  // A discourse word at k ("notably", "in particular"); a preposition of the class only with
  // the next word of the class ("in particular", not ", in an interview with Reuters").
  bool DiscourseAt(const SentenceView& sv, int k) const {
    if (!Is(kDiscourseWord, sv.lower[k])) return false;
    if (!IsPreposition(res_, sv.lower[k])) return true;
    return k + 1 < static_cast<int>(sv.words.size()) && Is(kDiscourseWord, sv.lower[k + 1]);
  }

  // Whether `w` is a state's demonym in the plural ("Mexicans", "Syrians"): a people.
  bool PluralDemonym(const std::string& w) const {
    if (w.size() < 5 || w.back() != 's') return false;
    if (const auto* e = res_.Lookup(w.substr(0, w.size() - 1))) {
      for (const auto& x : *e) {
        if (x.kind == EntryKind::kStateDemonym) return true;
      }
    }
    return false;
  }

  // The length of a duration adjunct at k, "for" + plural date period with up to three short
  // lower-case words between ("for weeks", "for the past few months", "for two years"); 0 if
  // none. It says how long someone has asked, not what: "pushing for a cease-fire for weeks",
  // "which Republicans have urged for months".
  int DurationAt(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    if (k >= n || !Is(kPurposePreposition, sv.lower[k])) return 0;
    // "sought for the second day to ...", "pressed for a third straight week": an ordinal and a
    // period or occasion, past one short word ("straight", "consecutive").
    if (int j = k + 1; j + 1 < n && IsDeterminer(res_, sv.lower[j]) && Is(kOrdinalWord, sv.lower[j + 1])) {
      j += 2;
      if (j + 1 < n && sv.lower[j] == sv.words[j] && !Is(kOccasionNoun, sv.lower[j]) && !Is(kDatePeriod, sv.lower[j]) &&
          (Is(kOccasionNoun, sv.lower[j + 1]) || Is(kDatePeriod, sv.lower[j + 1])))
        ++j;
      // (Not a noun phrase: "for a second day of talks".)
      if (j < n && (Is(kOccasionNoun, sv.lower[j]) || Is(kDatePeriod, sv.lower[j])) &&
          !(j + 1 < n && Is(kGenitivePreposition, sv.lower[j + 1])))
        return j + 1 - k;
    }
    for (int j = k + 1; j < n && j <= k + 4; ++j) {
      const std::string& w = sv.lower[j];
      if (w.size() > 3 && w.back() == 's' && Is(kDatePeriod, std::string_view(w).substr(0, w.size() - 1)))
        return j + 1 - k;
      const bool short_word = w == sv.words[j] && !w.empty() && w.size() <= 7 && !sv.MentionAt(j) &&
                              (std::isalpha(static_cast<unsigned char>(w[0])) || std::isdigit(static_cast<unsigned char>(w[0]))) &&
                              !IsPreposition(res_, w) && !Is(kCoordinator, w) && !HasEnding(w, kNounEnding);
      if (!short_word) return 0;
    }
    return 0;
  }

  // The length of a dash that opens or closes an aside at k: "—", "–", "--", or "--" written as
  // two hyphens (a lone "-" may be a hyphen); 0 if none.
  int DashAt(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    if (Is(kAsideMark, sv.words[k])) return 1;
    if (sv.words[k] == "-" && k + 1 < n && sv.words[k + 1] == "-") return 2;
    // "a customs union with the EU - with sources suggesting ...": a lone hyphen with a space on
    // both sides is a dash.
    if (sv.words[k] == "-" && k > 0 && k + 1 < n) {
      const std::string& text = st_->doc.text;
      const auto& tok = sv.sentence->tokens[k];
      if (tok.begin > 0 && tok.end < text.size() && text[tok.begin - 1] == ' ' && text[tok.end] == ' ') return 1;
    }
    return 0;
  }

  // A verb of demanding or requesting (the rules' trigger classes), in any form.
  bool DemandVerb(const std::string& w) const {
    return Is(kDemandDirect, w) || Is(kDemandTo, w) || Is(kDemandObjectTo, w) || Is(kCameoRequestVerb, w);
  }
  // Whether a clause with a subject of its own starts at `a` (after "and"/"but"): "— and there's
  // always a chance ...", "and the Wall Street Journal revealed ...", "and some Arab League
  // members appeared ...", "and the Irish want a deal". The subject is "there" or a noun phrase
  // with a name (an actor or capitalised words) and up to two lower-case nouns; its verb an
  // auxiliary, a speech verb, a demand verb in -s or a past in -ed that takes no preposition
  // ("and Palestinians detained in Israel" stays one noun phrase).
  bool CoordinatedClause(const SentenceView& sv, int a) const {
    const int n = static_cast<int>(sv.words.size());
    if (a + 1 < n && sv.lower[a] == "there" && sv.words[a] == "there" &&
        (Is(kClauseAuxiliary, sv.lower[a + 1]) || IsPossessive(sv.words[a + 1])))
      return true;
    int k = a;
    bool det = false;
    while (k < n && IsDeterminer(res_, sv.lower[k])) ++k, det = true;
    int name_end = k;
    if (const Mention* m = k < n ? sv.ActorAt(k) : nullptr; m && m->first == k) {
      // a demonym alone ("and Palestinians held ...") is a subject only after a determiner
      if (m->demonym && !det) return false;
      name_end = m->last;
    } else {
      while (name_end < n && name_end < k + 4 && sv.words[name_end] != sv.lower[name_end] &&
             std::isalpha(static_cast<unsigned char>(sv.words[name_end][0])))
        ++name_end;
      if (name_end == k || !det) return false;  // "and Kim Jong Un met": left to the rules after
    }
    int v = name_end;
    while (v < n && v < name_end + 2 && sv.words[v] == sv.lower[v] && !Is(kClauseAuxiliary, sv.lower[v]) &&
           !Is(kSpeechVerb, sv.lower[v]) && !(sv.lower[v].size() > 4 && sv.lower[v].ends_with("ed")) &&
           !IsPreposition(res_, sv.lower[v]) && !IsDeterminer(res_, sv.lower[v]) && !Is(kCoordinator, sv.lower[v]) &&
           !(DemandVerb(sv.lower[v]) && !sv.lower[v].ends_with("ing")) && sv.lower[v] != ",")
      ++v;
    if (v >= n || sv.words[v] != sv.lower[v]) return false;
    const std::string& verb = sv.lower[v];
    if (Is(kClauseAuxiliary, verb) || Is(kSpeechVerb, verb)) return true;
    if (DemandVerb(verb) && !verb.ends_with("ing")) return true;
    return verb.size() > 4 && verb.ends_with("ed") && v + 1 < n && !IsPreposition(res_, sv.lower[v + 1]) &&
           sv.words[v + 1] != "," && !Is(kClauseEnd, sv.lower[v + 1]);
  }

  // Whether "as" at k opens a clause: an optional determiner, an actor or up to four words
  // (no preposition, comma or quotation mark), then a finite verb: an auxiliary, or a
  // lower-case word in -s (not -ss) after a word that is no determiner, followed by a
  // determiner, a possessive, "to", a particle, an adverb in -ly, a comma or a clause end.
  bool AsClauseAt(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    int a = k + 1;
    while (a < n && IsDeterminer(res_, sv.lower[a])) ++a;
    int v = a;
    if (const Mention* m = a < n ? sv.ActorAt(a) : nullptr; m && m->first == a) v = m->last;
    for (; v + 1 < n && v <= a + 5; ++v) {
      const std::string& w = sv.lower[v];
      if (sv.words[v] != w) continue;  // a name in the subject
      if (Is(kClauseAuxiliary, w)) return v > a;
      if (IsPreposition(res_, w) || w == "," || IsQuote(sv.words[v]) || Is(kClauseEnd, w) || Is(kCoordinator, w)) return false;
      // ("as Iran's attempts to disrupt ...": a noun after a possessor)
      if (v == a || w.size() <= 3 || w.back() != 's' || w.ends_with("ss") || IsDeterminer(res_, sv.lower[v - 1]) ||
          IsPossessive(sv.words[v - 1]))
        continue;
      const std::string& next = sv.lower[v + 1];
      if (IsDeterminer(res_, next) || Is(kPossessivePronoun, next) || Is(kInfinitiveMarker, next) || Is(kPhrasalParticle, next) ||
          HasEnding(next, kAdverbEnding) || next == "," || Is(kClauseEnd, next))
        return true;
    }
    return false;
  }

  // "to commence, as soon as possible, talks", "to surrender, without delay, the weapons": the
  // comma at k opens an adverbial aside between the verb of an infinitive (at k - 1, inside a
  // content from `from`) and its object; returns the closing comma, or -1. The aside holds up
  // to five lower-case words and no determiner, clause word, actor or quotation mark.
  int VerbAsideClose(const SentenceView& sv, int from, int k, int limit) const {
    if (k < 2 || k - 2 < from - 1 || sv.words[k] != "," || !Is(kInfinitiveMarker, sv.lower[k - 2]) ||
        sv.lower[k - 1] != sv.words[k - 1] || IsPreposition(res_, sv.lower[k - 1]))
      return -1;
    int c = k + 1;
    while (c < limit && c <= k + 6 && sv.words[c] != "," && sv.lower[c] == sv.words[c] && !Is(kClauseEnd, sv.lower[c]) &&
           !IsDeterminer(res_, sv.lower[c]) && !Is(kCoordinator, sv.lower[c]) && !Is(kSpeechVerb, sv.lower[c]) &&
           !Is(kClauseAuxiliary, sv.lower[c]) && !IsQuote(sv.words[c]) && !sv.MentionAt(c))
      ++c;
    if (c > k + 1 && c + 1 < limit && sv.words[c] == "," && sv.lower[c + 1] == sv.words[c + 1] &&
        !Is(kCoordinator, sv.lower[c + 1]) && !Is(kSpeechVerb, sv.lower[c + 1]) && !IsPreposition(res_, sv.lower[c + 1]) &&
        !Is(kClauseEnd, sv.lower[c + 1]) && !IsQuote(sv.words[c + 1]) && !Is(kRelativePronoun, sv.lower[c + 1]))
      return c;
    return -1;
  }

  // End of the clause from `from`; at "from <actor>" too unless `through_from` (an offer from X).
  // A content never ends in a preposition or determiner: "a military response at last week's
  // summit" ends before "at" when "last week" ends it.
  int ClauseEnd(const SentenceView& sv, int from, bool through_from = false) const {
    int end = RawClauseEnd(sv, from, through_from);
    // "had made a request for aid, the UN revealed.", "... for more troops, the ministry said on
    // Monday": a speech tag after a comma at the sentence's end is the reporter's, no content.
    for (int c = from + 1; c < end; ++c) {
      if (sv.words[c] == "," && TrailingSpeechTag(sv, c + 1)) {
        end = c;
        break;
      }
    }
    // Only where the end cuts a phrase: "to follow through." keeps its particle.
    while (end - 1 > from && end < static_cast<int>(sv.words.size()) && !Is(kClauseEnd, sv.lower[end]) &&
           sv.words[end] != "," && (IsPreposition(res_, sv.lower[end - 1]) || IsDeterminer(res_, sv.lower[end - 1])))
      --end;
    // "new elections — and there's ...": a dash left before the coordinated clause.
    while (end - 1 > from && (Is(kAsideMark, sv.words[end - 1]) || sv.words[end - 1] == "-")) --end;
    // "to include trigger points that, if violated, ...", "the release of information that he
    // and his allies said ...": a relative clause cut before its verb is no part of the content.
    // ("to investigate charges that Biden, while vice president, ...": a subject actor alone.)
    for (int r = end - 1; r > from && r >= end - 5; --r) {
      if (!Is(kRelativePronoun, sv.lower[r])) continue;
      bool bare = true;
      if (const Mention* m = r + 1 < end ? sv.ActorAt(r + 1) : nullptr; m && m->first == r + 1 && m->last == end) {
        bare = end < static_cast<int>(sv.words.size()) && sv.words[end] == ",";
      } else {
        for (int t = r + 1; t < end && bare; ++t) bare = Is(kSubjectPronoun, sv.lower[t]);
      }
      if (bare) {
        end = r;
        while (end - 1 > from && (IsPreposition(res_, sv.lower[end - 1]) || IsDeterminer(res_, sv.lower[end - 1]) ||
                                  sv.words[end - 1] == ","))
          --end;
      }
      break;
    }
    return end;
  }

  // Whether the words from `k` are a speech tag that ends the sentence: a subject of up to five
  // words (an actor, a title or a name) with no punctuation, a speech verb, then at most four
  // words ("on Monday", "told Reuters") and the sentence's closing marks.
  bool TrailingSpeechTag(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    int v = k;
    while (v < n && v < k + 6 && !Is(kSpeechVerb, sv.lower[v]) &&
           std::isalpha(static_cast<unsigned char>(sv.words[v][0])))
      ++v;
    if (v == k || v >= n || !Is(kSpeechVerb, sv.lower[v])) return false;
    // The subject is an actor or a noun phrase with a determiner ("the ministry"), not a
    // content's own words ("aid, food and shelter said to be ...").
    if (!sv.ActorAt(k) && !IsDeterminer(res_, sv.lower[k])) return false;
    int rest = 0;
    for (int t = v + 1; t < n; ++t) {
      if (std::isalnum(static_cast<unsigned char>(sv.words[t][0]))) {
        if (++rest > 4) return false;
      } else if (sv.words[t] != "." && !IsQuote(sv.words[t])) {
        return false;
      }
    }
    return true;
  }

  // Where a content from `from` ends (see ClauseEndWithin). A content cut inside a quotation it
  // opened, when that quotation closes the sentence ('seek “a settlement that is just, lasting
  // and fair.”'), runs to the sentence's end: the quoted words are the speaker's ask.
  int RawClauseEnd(const SentenceView& sv, int from, bool through_from) const {
    const int end = UnquotedClauseEnd(sv, from, through_from);
    const int n = static_cast<int>(sv.words.size());
    if (end <= from || n < 2 || n - 2 > from + st_->options.max_content_tokens) return end;
    if (!Is(kClauseEnd, sv.lower[n - 2]) || !IsQuote(sv.words[n - 1]) || end >= n - 2) return end;
    bool in_quote = false;
    for (int k = from; k < end; ++k) in_quote = in_quote != IsQuote(sv.words[k]);
    if (!in_quote) return end;
    for (int k = end; k < n - 1; ++k) {
      if (IsQuote(sv.words[k])) return end;  // the quotation closes before the sentence does
    }
    return n - 2;
  }

  // Whether a clause with its own subject starts at token a (after "and"): time adverbs
  // ("now", "then"), a determiner, up to three words of a noun phrase (no preposition, mention
  // or quotation mark), then a finite verb: an auxiliary ("the ministry is reviewing"), an
  // adverb in -ly and a verb ("the opposition quickly agreed"), or a past form before a
  // determiner, "to", an object pronoun or punctuation ("the opposition agreed to"; not "the
  // troops stationed in").
  bool NewClauseAfterCoordinator(const SentenceView& sv, int a) const {
    const int n = static_cast<int>(sv.words.size());
    while (a < n && Is(kTimeAdverb, sv.lower[a])) ++a;
    if (a >= n) return false;
    // ("and Italian officials said", "and Matteo Salvini said no": a subject that is a mention,
    // a demonym with its plural noun)
    if (const Mention* m = sv.MentionAt(a); m && m->first == a && !m->pronoun) {
      int v = m->last;
      if (m->demonym && v < n && sv.lower[v] == sv.words[v] && sv.lower[v].size() > 3 && sv.lower[v].back() == 's' &&
          !IsPreposition(res_, sv.lower[v]))
        ++v;
      return v < n && FiniteVerbAt(sv, v);
    }
    if (!IsDeterminer(res_, sv.lower[a]) || Is(kIndefiniteArticle, sv.lower[a]) || sv.MentionAt(a)) return false;
    const int det = a++;
    for (int v = a; v < n && v <= det + 4; ++v) {
      const std::string& w = sv.lower[v];
      if (!std::isalpha(static_cast<unsigned char>(w[0])) || IsPreposition(res_, w) || Is(kCoordinator, w) ||
          IsDeterminer(res_, w) || Is(kRelativePronoun, w) || Is(kComplementizer, w))
        return false;
      if (v == a) continue;  // the head (or a modifier) comes first
      if (FiniteVerbAt(sv, v)) return true;
    }
    return false;
  }

  // Whether token v reads as a finite verb after a subject: an auxiliary ("is reviewing"), a
  // speech verb ("said"), an adverb in -ly and a verb in -ed ("quickly agreed"), or a past form
  // before a determiner, "to", an object pronoun, punctuation or a weekday phrase ("agreed to",
  // "rejected the call", "agreed on Monday"; not "stationed in the north").
  bool FiniteVerbAt(const SentenceView& sv, int v) const {
    const int n = static_cast<int>(sv.words.size());
    const std::string& w = sv.lower[v];
    if (sv.words[v] != w) return false;
    if (Is(kClauseAuxiliary, w) || Is(kSpeechVerb, w)) return true;
    if (HasEnding(w, kAdverbEnding) && v + 1 < n && sv.lower[v + 1].ends_with("ed")) return true;
    if (w.size() > 4 && w.ends_with("ed")) {
      const std::string& next = v + 1 < n ? sv.lower[v + 1] : std::string(".");
      return !std::isalpha(static_cast<unsigned char>(next[0])) || IsDeterminer(res_, next) || Is(kInfinitiveMarker, next) ||
             Is(kObjectPronoun, next) || (IsPreposition(res_, next) && v + 2 < n && Is(kWeekday, sv.lower[v + 2]));
    }
    return false;
  }

  // Whether token k can be the head noun of a content, before a relative clause: a noun of
  // frame_document_noun, or a lower-case word that is no mention, function word or verb of
  // speech or belief, and no past form ("reforms", "authorization", not "insisted").
  bool ContentNounAt(const SentenceView& sv, int k) const {
    const std::string& w = sv.lower[k];
    if (Is(kDocumentNoun, w)) return true;
    return sv.words[k] == w && w.size() > 2 && std::isalpha(static_cast<unsigned char>(w[0])) && !sv.MentionAt(k) &&
           !IsDeterminer(res_, w) && !IsPreposition(res_, w) && !Is(kCoordinator, w) && !Is(kSpeechVerb, w) &&
           !Is(kBeliefVerb, w) && !Is(kClauseAuxiliary, w) && !Is(kInfinitiveMarker, w) && !w.ends_with("ed");
  }

  int UnquotedClauseEnd(const SentenceView& sv, int from, bool through_from) const {
    const int n = static_cast<int>(sv.words.size());
    int limit = std::min(n, from + st_->options.max_content_tokens);
    bool in_quote = false;  // inside a quotation opened in the content
    int aside_close = -1;   // the dash that closes an aside between two dashes
    bool quoted_from = false;  // the content stands in a quotation opened before it
    for (int q = 0; q < from; ++q) quoted_from = quoted_from != IsQuote(sv.words[q]);
    // (The first mark in such a content closes that quotation, and opens none: "call on X to
    // abide by its obligations", later adding "...": the comma after it is outside.)
    bool outer_open = quoted_from;
    for (int k = from; k < limit; ++k) {
      const std::string& w = sv.lower[k];
      if (IsQuote(sv.words[k])) {
        if (outer_open) outer_open = false;
        else in_quote = !in_quote;
      }
      // "the “complete, verifiable, and irreversible” dismantlement": a comma inside a short
      // quotation that closes soon does not end the content.
      // (Not a comma right before the closing mark: "as a “nuclear state,” Kerry warned".)
      if (in_quote && w == "," && QuoteClosesWithin(sv, k + 1, limit, 8) && !(k + 1 < n && IsQuote(sv.words[k + 1]))) continue;
      // "demanded the opening of aid corridors as talks resume": "as" ends the content, but
      // not in "such as", "as well as", "recognition of Israel as a Jewish state".
      // ("... even as it negotiates": the adverb before "as" goes with it.)
      if (k > from && Is(kAsWord, w) && !Is(kAsContinuer, sv.lower[k - 1]) &&
          !(k + 1 < n && (Is(kAsContinuer, sv.lower[k + 1]) || IsDeterminer(res_, sv.lower[k + 1]) ||
                          sv.ActorAt(k + 1))))
        return k - 1 > from && Is(kAsPremodifier, sv.lower[k - 1]) ? k - 1 : k;
      // "to show accomplishments as a politically tumultuous year draws to a close", "as the
      // Ukraine crisis dominates the day", "as Iraq forms a government": "as" + a noun phrase
      // and a finite verb opens a clause of its own (not "as the embassy", "as a prerequisite
      // for talks", "as the sole representatives of ...").
      if (k > from && Is(kAsWord, w) && !Is(kAsContinuer, sv.lower[k - 1]) && AsClauseAt(sv, k))
        return k - 1 > from && Is(kAsPremodifier, sv.lower[k - 1]) ? k - 1 : k;
      // "a fairer deal with China as he played up ...": "as" + a subject pronoun and its verb
      // opens a clause of its own (a pronoun is a mention, so the test above lets it through).
      if (k > from && Is(kAsWord, w) && !Is(kAsContinuer, sv.lower[k - 1]) && k + 2 < n &&
          Is(kSubjectPronoun, sv.lower[k + 1]) && sv.lower[k + 2] == sv.words[k + 2] && !IsPreposition(res_, sv.lower[k + 2]))
        return k - 1 > from && Is(kAsPremodifier, sv.lower[k - 1]) ? k - 1 : k;
      // "the release of information that he and his allies said will show ...": a relative
      // clause whose subject is a pronoun and whose verb is a speech verb ends the content.
      if (k > from && Is(kRelativePronoun, w) && k + 1 < n && Is(kSubjectPronoun, sv.lower[k + 1]) && sv.lower[k + 1] != "who") {
        for (int c = k + 2; c < limit && c <= k + 6; ++c) {
          if (Is(kSpeechVerb, sv.lower[c]) || Is(kBeliefVerb, sv.lower[c])) return k;
          if (sv.words[c] == "," || IsQuote(sv.words[c]) || (Is(kClauseEnd, sv.lower[c]) && !Is(kSpeechVerb, sv.lower[c]))) break;
        }
      }
      // "the tunnels that have allowed ...": a relative clause ends the content (not "guarantees
      // that Ukraine will ...").
      // What is asked for is told by what it would do: "to pass legislation that would lift the
      // embargo", "pushing for reforms that would make it easier to ...", "asking for an
      // authorization that would cover ...": a noun right before "that" + a modal keeps its
      // clause (not a verb: "to admit that would ...").
      if (k > from && Is(kComplementizer, w) && k + 1 < n && Is(kClauseAuxiliary, sv.lower[k + 1]) &&
          !(Is(kModalVerb, sv.lower[k + 1]) && ContentNounAt(sv, k - 1)))
        return k;
      // "pushing for a formal decision and now the ministry is reviewing it", "pressed for new
      // elections and the opposition quickly agreed": "and" + a subject and its finite verb
      // opens a clause of its own, which ends the content.
      if (k > from && Is(kCoordinator, w) && NewClauseAfterCoordinator(sv, k + 1))
        return sv.words[k - 1] == "," ? k - 1 : k;
      // "Hamas’ demand for X and Israeli calls for Y": another maker's demand ends the content.
      if (k > from && Is(kCoordinator, w) && k + 2 < n) {
        int a = k + 1;
        while (a < n && IsDeterminer(res_, sv.lower[a])) ++a;
        if (const Mention* m = a < n ? sv.ActorAt(a) : nullptr; m && m->first == a) {
          int noun = m->last;
          if (noun < n && IsPossessive(sv.words[noun])) ++noun;
          if (noun < n && Is(kDemandNoun, sv.lower[noun])) return k;
        }
      }
      // "the Committee on Foreign Investment, or CFIUS, to block ...": another name of the name
      // before, an acronym between ", or" and a comma, does not end the clause either.
      if (w == "," && k > from && k + 3 < n && IsCapitalized(sv.words[k - 1]) && Is(kAlternativeCoordinator, sv.lower[k + 1]) &&
          sv.words[k + 3] == "," && sv.words[k + 2].size() >= 2 &&
          std::all_of(sv.words[k + 2].begin(), sv.words[k + 2].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        k += 3;
        continue;
      }
      if (w == "(") {  // "(DPRK)", "(OSCE)": a parenthetical name does not end the clause
        int close = k + 1;
        while (close < limit && close - k <= 6 && sv.lower[close] != ")") ++close;
        if (close < limit && sv.lower[close] == ")") {
          k = close;
          continue;
        }
      }
      // "the so-called Irish backstop": a clause-end word glued to the next by a hyphen is
      // part of a compound word, no clause boundary.
      // "that all options remain open -- code for a military strike", "its missile defense
      // program – the program some dubbed ...": a dash that no second dash closes opens an aside
      // or an afterthought, no part of the demand ("relief — America's key concession — be
      // immediate" goes on past the pair).
      if (k > from && k > aside_close && DashAt(sv, k) > 0 && !in_quote) {
        int close = k + DashAt(sv, k);
        while (close < n && close <= k + 24 && DashAt(sv, close) == 0 &&
               (!Is(kClauseEnd, sv.lower[close]) || sv.words[close] == "(" || sv.words[close] == ")"))  // "(HTS)"
          ++close;
        // (In a quotation opened before the content, the speaker's words go on past a dash.)
        const bool paired = close < n && close <= k + 24 && DashAt(sv, close) > 0;
        if (!paired && !quoted_from) return k;
        // "answers about the attack -- where four Americans were killed -- calling the response
        // bizarre": a participle after the closing dash opens a clause of the subject's.
        if (paired && !quoted_from) {
          const int after = close + DashAt(sv, close);
          if (after < n && sv.lower[after] == sv.words[after] && sv.lower[after].size() > 4 && sv.lower[after].ends_with("ing") &&
              !IsPreposition(res_, sv.lower[after]))
            return k;
        }
        if (paired) aside_close = close + DashAt(sv, close) - 1;  // the closing dash opens nothing
      }
      // "a phased approach in which both sides ...", "rules under which Syria would join": a
      // relative clause after its preposition ends the content before the preposition.
      if (k > from + 1 && Is(kPrepositionRelative, w) && IsPreposition(res_, sv.lower[k - 1])) return k - 1;
      // "an assessment of who ordered the killing", "talks on when to vote": another wh-word right
      // after a preposition opens the preposition's object, not a clause of its own.
      // "to reveal who ordered the killing", "to decide which side to take": "who"/"which"
      // right after the verb of an infinitive opens that verb's object.
      const bool wh_object = k > from && Is(kRelativePronoun, w) && !Is(kComplementizer, w) &&
                             sv.lower[k - 1] == sv.words[k - 1] && !IsDeterminer(res_, sv.lower[k - 1]) &&
                             !IsPreposition(res_, sv.lower[k - 1]) && !sv.MentionAt(k - 1) &&
                             ((k - 2 >= from && Is(kInfinitiveMarker, sv.lower[k - 2])) ||
                              (k - 1 == from && from > 0 && Is(kInfinitiveMarker, sv.lower[from - 1])));
      // ("to determine if chemical weapons were used": "if" after a verb of finding out.)
      const bool whether_if = k > from && Is(kConditionWord, w) &&
                              (Is(kInquiryVerb, sv.lower[k - 1]) ||
                               (k - 2 >= from && res_.classes().LongestExactAt(cls_[kInquiryVerb], sv.lower, k - 2, k) == 2));
      if (Is(kClauseEnd, w) && !(k + 2 < n && sv.words[k + 1] == "-") && !wh_object && !whether_if &&
          !(k > from && IsPreposition(res_, sv.lower[k - 1]) && !IsPreposition(res_, w) && w[0] == 'w'))
        return k;
      // "Moldova's demand for the withdrawal ... was rejected by Moscow": the passive verb
      // that answers the demand is not part of it.
      if (k > from && Is(kPassiveAuxiliary, w)) {
        int v = k + 1;
        if (v < n && Is(kPassiveAuxiliary, sv.lower[v])) ++v;  // "has been": "has" is no auxiliary here
        if (v < n && (Is(kRejectVerb, sv.lower[v]) || Is(kRejectCameoVerb, sv.lower[v])))
          return k - 1 > from && Is(kPerfectAuxiliary, sv.lower[k - 1]) ? k - 1 : k;  // "has been rejected"
      }
      // "urged the end to violence and Abbas repeatedly called for ...": another actor's clause;
      // "called for unity and pledged to govern ...": a second verb of the same subject.
      if (k > from && Is(kCoordinator, w) && k + 2 < n) {
        // ("... into the events and Trump on Sunday warned of ...": past a time adverbial.)
        if (const Mention* m = sv.ActorAt(k + 1); m && m->first == k + 1 && !m->demonym && m->last + 1 < n) {
          int v = SkipTimeAdverbs(sv, m->last);
          while (v + 1 < n && HasEnding(sv.lower[v], kAdverbEnding)) ++v;
          const std::string& verb = sv.lower[v < n ? v : n - 1];
          if (v < n && verb == sv.words[v] &&
              (Is(kClauseAuxiliary, verb) || Is(kSpeechVerb, verb) || (verb.size() > 4 && verb.ends_with("ed"))))
            return k;
        }
        const std::string& next = sv.lower[k + 1];
        if (next == sv.words[k + 1] && next.size() > 4 && next.ends_with("ed") && Is(kInfinitiveMarker, sv.lower[k + 2]))
          return k;
        // "rejected those demands and wants sanctions to be lifted", "the release of the crew and
        // insists that ...": "and" + a demand verb in -s (not a plural noun: "and demands for",
        // "and calls from") is a second predicate of the subject.
        if (next == sv.words[k + 1] && next.size() > 4 && next.back() == 's' && !next.ends_with("ss") && DemandVerb(next) &&
            !IsPreposition(res_, sv.lower[k + 2]) && !Is(kCoordinator, sv.lower[k + 2]) && sv.words[k + 2] != "," &&
            !Is(kClauseEnd, sv.lower[k + 2]))
          return k;
        // "to stand up to Trump, and that only intensified after ...", "to resign, and he refused":
        // a pronoun subject (personal or demonstrative) and a finite verb open a clause of its own.
        if (Is(kSubjectPronoun, next) || Is(kDemonstrativePronoun, next)) {
          int v = k + 2;
          while (v + 1 < n && (HasEnding(sv.lower[v], kAdverbEnding) || Is(kTimeAdverb, sv.lower[v]) || Is(kSubjectAdverb, sv.lower[v])))
            ++v;
          const std::string& verb = sv.lower[v];
          // (Or a verb of state: ", and that seems a tall order".)
          if (verb == sv.words[v] && (Is(kClauseAuxiliary, verb) || Is(kSpeechVerb, verb) || Is(kFactVerb, verb) ||
                                      Is(kStativeVerb, verb) || (verb.size() > 4 && verb.ends_with("ed"))))
            return sv.words[k - 1] == "," ? k - 1 : k;
        }
        // "have called for urgent action and plan to hold talks", "sought a joint answer and
        // hope to agree on it", "called for calm and condemn the attacks": after a noun phrase
        // asked for, "and" + the bare (plural) form of a verb of frame_intent_verb before "to",
        // or of frame_second_predicate_verb before "that" or a determiner, is a second predicate
        // of the subject, no second thing asked ("a ceasefire and talks", "an end to the strikes
        // and plans to rebuild" stay whole; so do the verbs of an infinitive or a clause asked:
        // "to halt the drills and agree to talks").
        if (next == sv.words[k + 1] && BareVerbForm(next) && NounPhraseSoFar(sv, from, k) &&
            ((Is(kIntentVerb, next) && Is(kInfinitiveMarker, sv.lower[k + 2])) ||
             (Is(kSecondPredicateVerb, next) && (Is(kComplementizer, sv.lower[k + 2]) || IsDeterminer(res_, sv.lower[k + 2]) ||
                                                 Is(kPossessivePronoun, sv.lower[k + 2])))))
          return k;
      }
      // "pressing Mexico to stop X and by making it harder for ...": after "and", a preposition
      // and a gerund open a second adjunct of the main clause (not the frame's own preposition:
      // "calls for X and for ending Y").
      if (k > from && Is(kCoordinator, w) && k + 2 < n && IsPreposition(res_, sv.lower[k + 1]) &&
          !Is(kInfinitiveMarker, sv.lower[k + 1]) && !(from > 0 && sv.lower[k + 1] == sv.lower[from - 1]) &&
          sv.lower[k + 2] == sv.words[k + 2] && sv.lower[k + 2].size() > 4 && sv.lower[k + 2].ends_with("ing") &&
          !Is(kMeetingNoun, sv.lower[k + 2]))
        return k;
      if (k > from && Is(kCoordinator, w) && k + 2 < n && CoordinatedClause(sv, k + 1)) return k;
      // "refused to speak to the envoy and they called on ...", "to end the strike and it was
      // ...": a subject pronoun after "and" opens a clause of its own (not "he and his aides").
      if (k > from && Is(kCoordinator, w) && k + 2 < n && Is(kSubjectPronoun, sv.lower[k + 1]) &&
          !Is(kRelativePronoun, sv.lower[k + 1]) && sv.lower[k + 2] == sv.words[k + 2] &&
          std::isalpha(static_cast<unsigned char>(sv.lower[k + 2][0])) && !Is(kCoordinator, sv.lower[k + 2]) &&
          !IsPreposition(res_, sv.lower[k + 2]))
        return k;
      // "called for a fair market and added that ...": a speech verb after "and" opens a clause.
      if (k > from && Is(kCoordinator, w) && k + 1 < n && Is(kSpeechVerb, sv.lower[k + 1])) return k;
      // "... and has urged its citizens": a second clause of the same subject; so is "... and
      // demanded relief" (a demand verb after "and").
      if (Is(kCoordinator, w) && k + 1 < n && Is(kClauseAuxiliary, sv.lower[k + 1])) return k;
      // ("... and yet has an unfavorable view of ...": past a sequence adverb.)
      if (k > from && Is(kCoordinator, w) && k + 2 < n && Is(kSequenceAdverb, sv.lower[k + 1]) &&
          !Is(kClauseAuxiliary, sv.lower[k + 1]) && Is(kClauseAuxiliary, sv.lower[k + 2]))
        return k;
      // "calls on the armed forces to withdraw their warning and rejects any dictates": a
      // rejection coordinated with the demand is not part of it.
      if (k > from && Is(kCoordinator, w) && k + 1 < n && sv.lower[k + 1] == sv.words[k + 1] &&
          (sv.lower[k + 1].back() == 's' || sv.lower[k + 1].ends_with("ed")) && (Is(kRejectVerb, sv.lower[k + 1]) || Is(kRejectCameoVerb, sv.lower[k + 1])))
        return k;
      if (k > from && Is(kCoordinator, w) && k + 1 < n) {
        // "... and also called for X": adverbs between "and" and the verb.
        int v = k + 1;
        while (v + 1 < n && v <= k + 2 && sv.lower[v] == sv.words[v] &&
               (Is(kTimeAdverb, sv.lower[v]) || Is(kDegreeAdverb, sv.lower[v]) || HasEnding(sv.lower[v], kAdverbEnding)))
          ++v;
        const std::string& verb = sv.lower[v];
        // "called for an end to violence and expressed concern about ...": a verb that only
        // opens a second predicate of the subject.
        if (verb == sv.words[v] && verb.ends_with("ed") && Is(kSecondPredicateVerb, verb)) return k;
        // "calling for calm and condemning the protests", "demanding a vote and saying ...": its
        // participle too, unless a participle before it in the content is the one it joins
        // ("to join the West in resolving the war and ending ...").
        if (verb == sv.words[v] && verb.size() > 5 && verb.ends_with("ing") && Is(kSecondPredicateVerb, verb)) {
          bool joins = false;
          for (int j = from; j < k && !joins; ++j)
            joins = sv.lower[j] == sv.words[j] && sv.lower[j].size() > 5 && sv.lower[j].ends_with("ing");
          if (!joins) return k;
        }
        if (verb == sv.words[v] && (Is(kCameoRequestVerb, verb) || Is(kDemandDirect, verb) || Is(kDemandTo, verb)) &&
            (verb.ends_with("ed") || !(v + 1 < n && (Is(kPurposePreposition, sv.lower[v + 1]) || IsPreposition(res_, sv.lower[v + 1])))) &&
            !HasEnding(verb, kNounEnding) && verb.back() != 's')
          return k;
        // "called for a vote ... and issued an arrest warrant", "... and also called for X": a
        // past-tense verb with an object (or "for") of its own starts a second predicate of the subject ("and reduced tariffs": an
        // adjective before its noun, no determiner, stays in the content).
        if (verb == sv.words[v] && verb.size() > 4 && verb.ends_with("ed") && v + 1 < n &&
            (IsDeterminer(res_, sv.lower[v + 1]) || Is(kPossessivePronoun, sv.lower[v + 1]) ||
             Is(kPurposePreposition, sv.lower[v + 1]) || IsPreposition(res_, sv.lower[v + 1])))
          return k;
      }
      // "to postpone the vote in an apparent attempt to distance himself ...": a purpose adjunct
      // of the one who asks (a preposition, a determiner, up to two words and a noun of the class
      // frame_attempt_noun before "to") is no part of the content.
      if (k > from && IsPreposition(res_, w) && !Is(kInfinitiveMarker, w) && k + 3 < n && IsDeterminer(res_, sv.lower[k + 1])) {
        for (int c = k + 2; c < n && c <= k + 4; ++c) {
          if (Is(kAttemptNoun, sv.lower[c])) {
            if (c + 1 < n && Is(kInfinitiveMarker, sv.lower[c + 1])) return k;
            break;
          }
          if (sv.lower[c] != sv.words[c] || IsPreposition(res_, sv.lower[c])) break;
        }
      }
      // "a cease-fire for weeks": a trailing duration adjunct is not content.
      if (k > from && DurationAt(sv, k) > 0) return k;
      // A trailing time adverbial is not content: "an offer on Tuesday", "the plan today"
      // ("a call Friday to expel ...": the infinitive after it goes on).
      // (Not a day that owns a noun: "talks continue past yesterday's deadline", "stop before
      // Monday's vote".)
      const int day = Is(kDayPreposition, w) ? k + 1 : k;
      if (k > from && (Is(kWeekday, w) || Is(kDeicticDay, w) ||
                       (Is(kDayPreposition, w) && k + 1 < n && Is(kWeekday, sv.lower[k + 1]))) &&
          !(day + 1 < n && IsPossessive(sv.words[day + 1]))) {
        const int after = SkipTimeAdverbs(sv, k);
        if (!(after > k && after + 1 < n && Is(kInfinitiveMarker, sv.lower[after]) && sv.lower[after + 1] == sv.words[after + 1] &&
              !IsDeterminer(res_, sv.lower[after + 1])))
          return TimeLeadStart(sv, from, k);
        k = after - 1;
        continue;
      }
      // "pay a fee for passage just 48 hours after commandos seized a tanker", "two days before
      // the vote": a span of time (a number and a unit of frame_time_span_unit) before "after"
      // or "before" opens a time clause; a focus word before it (frame_time_lead_word: "just",
      // "only") goes with it.
      if (k > from && k + 2 < n && (NumberWord(w) >= 0 || std::isdigit(static_cast<unsigned char>(w[0]))) &&
          Is(kTimeSpanUnit, sv.lower[k + 1]) && (sv.lower[k + 2] == "after" || sv.lower[k + 2] == "before"))
        return TimeLeadStart(sv, from, k);
      // "expulsion of US troops following the drone attack", "cancel the summit in the wake of
      // the indictment": a preposition of time (frame_time_preposition) opens an adjunct of the
      // demand, as "after" does. Not a participle ("was following a different path", "stop
      // following orders", "to following") nor an adjective ("the following actions").
      if (k > from && w == sv.words[k] && k + 1 < n && !Is(kClauseEnd, sv.lower[k + 1]) && sv.words[k + 1] != ",") {
        if (const int len = res_.classes().LongestExactAt(cls_[kTimePreposition], sv.lower, k, n);
            len > 0 && k + len < n) {
          const std::string& prev = sv.lower[k - 1];
          if (!IsDeterminer(res_, prev) && !Is(kClauseAuxiliary, prev) && !Is(kPassiveAuxiliary, prev) &&
              !Is(kFutureAuxiliary, prev) && !Is(kRejectModalBlock, prev) && !Is(kInfinitiveMarker, prev) &&
              !Is(kAspectVerb, prev) && !IsPreposition(res_, prev))
            return k;
        }
      }
      // "... last month", "... next week": a trailing relative date.
      if (k > from && Is(kRelativeDateWord, w) && k + 1 < n &&
          (Is(kDatePeriod, sv.lower[k + 1]) || Is(kWeekday, sv.lower[k + 1])))
        return TimeLeadStart(sv, from, k);
      // "pressing for change in Cuba could be found in ...": a modal after a noun phrase with no
      // clause of its own opens the main verb, which is not content.
      // "the measures the US is demanding would mean ...": a modal right after the verb is
      // no content.
      if (k == from && (Is(kRejectModalBlock, w) || Is(kFutureAuxiliary, w))) return k;
      // Only after "for" (a noun phrase): "suggested the dismissal might ...", "demands that any
      // agreement will include ..." take a clause whose modal belongs to the content.
      // "those Democrats clamoring for a Clinton alternative are once again speaking up": after
      // a participle's "for" + noun phrase, a finite "is/are/has ..." is the main clause's verb.
      const bool participle_for = from > 1 && Is(kPurposePreposition, sv.lower[from - 1]) &&
                                  sv.lower[from - 2].size() > 4 && sv.lower[from - 2].ends_with("ing");
      if (k > from + 1 && from > 0 && Is(kPurposePreposition, sv.lower[from - 1]) &&
          (Is(kRejectModalBlock, w) || Is(kFutureAuxiliary, w) ||
           (participle_for && Is(kClauseAuxiliary, w) && !Is(kRejectModalBlock, w)))) {
        const bool aux = !Is(kRejectModalBlock, w) && !Is(kFutureAuxiliary, w);
        bool clause = false;
        for (int c = from; c < k && !clause; ++c)
          clause = Is(kComplementizer, sv.lower[c]) || Is(kInfinitiveMarker, sv.lower[c]) || Is(kRelativePronoun, sv.lower[c]) ||
                   (aux && (Is(kAsideMark, sv.words[c]) || sv.words[c] == "-" || Is(kClauseEnd, sv.lower[c])));  // "-- where they were"
        if (!clause) return k;
      }
      // "López Obrador's call Wednesday for more work visas comes after ...", "the push for
      // sanctions followed weeks of ...": after "for" + a noun phrase, a finite verb of the class
      // frame_sequel_verb before a preposition or subordinator is the main clause's.
      if (k > from && from > 0 && Is(kPurposePreposition, sv.lower[from - 1]) && Is(kSequelVerb, w) && w == sv.words[k] &&
          !w.ends_with("ing") && !Is(kInfinitiveMarker, sv.lower[k - 1]) && !Is(kRejectModalBlock, sv.lower[k - 1]) &&
          !Is(kFutureAuxiliary, sv.lower[k - 1]) && k + 1 < n &&
          (IsPreposition(res_, sv.lower[k + 1]) || Is(kSubordinator, sv.lower[k + 1]) || Is(kClauseEnd, sv.lower[k + 1]) ||
           IsDeterminer(res_, sv.lower[k + 1])))
        return k;
      // "urges the parties to commence, as soon as possible, talks in Cairo": an adverbial aside
      // right after the verb of an infinitive does not end the content.
      if (w == "," && !in_quote) {
        if (int close = VerbAsideClose(sv, from, k, limit); close > 0) {
          k = close;
          continue;
        }
      }
      if (w == ",") {
        // "..., his primary concern is not their welfare": a noun phrase and a finite verb
        // after the comma open a clause of their own.
        if (k + 2 < n && (IsDeterminer(res_, sv.lower[k + 1]) || Is(kPossessivePronoun, sv.lower[k + 1]))) {
          int b = k + 2;
          while (b < n && b <= k + 5 && sv.words[b] != "," && !IsPreposition(res_, sv.lower[b]) &&
                 !Is(kCoordinator, sv.lower[b]) && !Is(kClauseAuxiliary, sv.lower[b]) && !Is(kRelativePronoun, sv.lower[b]) &&
                 !Is(kClauseEnd, sv.lower[b]) && !IsQuote(sv.words[b]))
            ++b;
          if (b > k + 2 && b < n && Is(kClauseAuxiliary, sv.lower[b])) return k;
        }
        // "roll back its program, a signature initiative to ...", "to Jerusalem, a disputed
        // city": an apposition after a comma is no further item (unless the items are "a ...").
        if (k + 1 < n && Is(kIndefiniteArticle, sv.lower[k + 1]) && !Is(kIndefiniteArticle, sv.lower[from])) return k;
        // "called for calm, the Brotherhood and its supporters say ...": a new clause with a
        // speech verb of its own.
        for (int c = k + 1; c < limit && c <= k + 8 && sv.words[c] != ","; ++c) {
          if (Is(kSpeechVerb, sv.lower[c])) return k;
          if (Is(kClauseEnd, sv.lower[c])) break;
        }
        // "..., the White House is likely to ...": a new clause whose actor subject has a verb
        // ("..., the North started to express second thoughts": a past verb before "to" or a
        // determiner).
        {
          int a = k + 1;
          while (a < n && IsDeterminer(res_, sv.lower[a])) ++a;
          if (const Mention* m = a < n ? sv.ActorAt(a) : nullptr; m && m->first == a && m->last < n) {
            const std::string& verb = sv.lower[m->last];
            if (Is(kClauseAuxiliary, verb)) return k;
            if (verb == sv.words[m->last] && verb.size() > 4 && verb.ends_with("ed") && m->last + 1 < n &&
                (Is(kInfinitiveMarker, sv.lower[m->last + 1]) || IsDeterminer(res_, sv.lower[m->last + 1]) ||
                 Is(kPossessivePronoun, sv.lower[m->last + 1])))
              return k;
          }
        }
        // "a peaceful, cooperative relationship": a comma between two adjectives.
        // ("the right to take unilateral, “proportional” action": past a quotation mark; "a
        // disruptive, “no-deal” Brexit", "a lasting, long-term settlement": a lower-case compound
        // of hyphenated words (the tokens "long" "-" "term") before a word modifies it like an
        // adjective.)
        const int adj = k + 2 < n && IsQuote(sv.words[k + 1]) ? k + 2 : k + 1;
        auto lower_word = [&](int c) {
          return c < n && sv.lower[c] == sv.words[c] && std::isalpha(static_cast<unsigned char>(sv.words[c][0]));
        };
        auto compound_modifier = [&](int c) {
          return lower_word(c) && c + 3 < n && sv.words[c + 1] == "-" && lower_word(c + 2) &&
                 (std::isalpha(static_cast<unsigned char>(sv.words[c + 3][0])) || IsQuote(sv.words[c + 3]));
        };
        if (k > from && adj + 1 < n &&
            (HasEnding(sv.lower[k - 1], kAdjectiveEnding) || (k > from + 1 && Is(kIndefiniteArticle, sv.lower[k - 2]))) &&
            sv.lower[k - 1] == sv.words[k - 1] &&
            ((HasEnding(sv.lower[adj], kAdjectiveEnding) && sv.lower[adj] == sv.words[adj] && !sv.lower[adj].ends_with("ing") &&
              !sv.lower[adj].ends_with("ed")) ||
             compound_modifier(adj)))
          continue;
        // "free, fair and transparent elections", "complete, verifiable and irreversible
        // denuclearization", "calm, restraint and dialogue": single lower-case words in a list
        // that "and"/"or" closes.
        if (k > from && sv.lower[k - 1] == sv.words[k - 1] && std::isalpha(static_cast<unsigned char>(sv.lower[k - 1][0]))) {
          auto bare = [&](int c) {
            return c < limit && sv.lower[c] == sv.words[c] && std::isalpha(static_cast<unsigned char>(sv.lower[c][0])) &&
                   !IsDeterminer(res_, sv.lower[c]) && !IsPreposition(res_, sv.lower[c]) && !Is(kCoordinator, sv.lower[c]) &&
                   !Is(kSpeechVerb, sv.lower[c]) && !sv.MentionAt(c);
          };
          int c = k + 1;
          // the serial comma: "complete, verifiable, and irreversible"
          bool list = k >= from + 3 && sv.words[k - 2] == "," && c + 1 < limit && Is(kCoordinator, sv.lower[c]) && bare(c + 1);
          for (int item = 0; item < 3 && bare(c); ++item) {
            ++c;
            if (c < limit && sv.words[c] == ",") ++c;
            if (c + 1 < limit && Is(kCoordinator, sv.lower[c]) && bare(c + 1)) {
              list = true;
              break;
            }
            if (c > 0 && sv.words[c - 1] != ",") break;
          }
          if (list) continue;
        }
        // "rewrites of trade agreements with South Korea, Canada and Mexico": a comma inside a
        // list of actors that "and"/"or" closes, when no verb follows the list ("talks with
        // Russia, France and Germany said" ends at the comma).
        // Only the partners after "with" ("sanctions against Russia, Iran and North Korea" asks
        // none of them) and names with no article (an item "the United States on ..." would be
        // split off as a demand of its own).
        if (const Mention* before = sv.ActorAt(k - 1);
            IsActor(before) && before->last == k && before->first > from && Is(kPartnerPreposition, sv.lower[before->first - 1])) {
          std::vector<const Mention*> rest;
          const int end = ActorList(sv, k + 1, &rest);
          bool closed = false, article = false;
          for (int c = k + 1; end > 0 && c < end; ++c) {
            closed = closed || Is(kCoordinator, sv.lower[c]);
            article = article || IsDeterminer(res_, sv.lower[c]);
          }
          closed = closed && !article;
          // (not a list inside a dash aside: "talks – involving Kiev, Russia and the EU – to find")
          if (end > 0 && closed && rest.size() >= 2 &&
              (end >= n || !(Is(kClauseAuxiliary, sv.lower[end]) || Is(kSpeechVerb, sv.lower[end]) || FiniteVerbAt(sv, end) ||
                             DashAt(sv, end) > 0)))
            continue;
        }
        if (ClosesOpeningClause(sv, k)) return k;
        // A comma continues a list of noun phrases ("X, the Y and Z") or a parenthetical.
        if (k + 1 < n && (IsDeterminer(res_, sv.lower[k + 1]) || DiscourseAt(sv, k + 1))) continue;
        if (k + 1 < n && Is(kCoordinator, sv.lower[k + 1]) && k + 2 < n && (IsDeterminer(res_, sv.lower[k + 2]) ||
                                                                 Is(kDiscourseWord, sv.lower[k + 2])))
          continue;
        return k;
      }
      // "support from the Assembly": the one asked; but "withdrawal of troops from Bosnia" names a place.
      if (Is(kMovementNoun, w)) through_from = true;
      // "any extradition request from Sweden", "an offer from Tehran": the actor after a noun of
      // asking or offering made that request; it is part of the content, not the one asked.
      if (k > from && Is(kSourcePreposition, w) && (Is(kRejectDemandNoun, sv.lower[k - 1]) || Is(kRejectProposalNoun, sv.lower[k - 1])))
        through_from = true;
      // ("demanded to hear from X", "urged Y to hear from X": right after the verb of the
      // infinitive the content starts with, "from" + an actor is that verb's own complement.)
      const bool verb_from = k > from && sv.lower[k - 1] == sv.words[k - 1] &&
                             ((k - 1 == from && from > 0 && Is(kInfinitiveMarker, sv.lower[from - 1])) ||
                              (k - 2 == from && Is(kInfinitiveMarker, sv.lower[from])));
      if (!through_from && !verb_from && Is(kSourcePreposition, w) &&
          IsActor(sv.ActorAt(k + 1 < n && Is(kDefiniteArticle, sv.lower[k + 1]) ? k + 2 : k + 1)))
        return k;
      // So do people a noun names ("a tough reaction from international leaders who ...", "debt
      // relief from its creditors"): who is asked, though no actor; only right after a short
      // noun phrase that is the whole content so far (not "to allow Palestinians from refugee
      // camps", "access to verify reports from its partners", "the exemption from ...").
      if (!through_from && !verb_from && Is(kSourcePreposition, w) && sv.words[k] == w && k > from && k - from <= 5 &&
          !(from > 0 && Is(kInfinitiveMarker, sv.lower[from - 1]))) {
        bool short_object = true;
        for (int c = from; c < k && short_object; ++c) {
          const std::string& x = sv.lower[c];
          short_object = !IsPreposition(res_, x) && !Is(kInfinitiveMarker, x) && !Is(kCoordinator, x) && x != "," &&
                         !Is(kRelativePronoun, x);
        }
        int h = k + 1;
        while (h < n && h <= k + 3 && sv.words[h] == sv.lower[h] && !sv.MentionAt(h) &&
               (IsDeterminer(res_, sv.lower[h]) || HasEnding(sv.lower[h], kAdjectiveEnding)))
          ++h;
        if (short_object && h < n && sv.words[h] == sv.lower[h] && !sv.MentionAt(h) &&
            (IsGroupNoun(res_, sv.lower[h]) || Is(kPersonNoun, sv.lower[h]) || Is(kOutsiderNoun, sv.lower[h])))
          return k;
      }
      // ("to engage in talks with X": right after the verb asked for, the phrase is its own.)
      // (An occasion after a participle qualifies it: "release journalists detained during a
      // visit to Crimea", "retract claims made in a speech"; only looked at before an occasion
      // preposition.)
      const bool occasion = Is(kOccasionPreposition, w) &&
                            !(k > 0 && sv.lower[k - 1] == sv.words[k - 1] &&
                              (sv.lower[k - 1].ends_with("ed") || Is(kPastParticiple, sv.lower[k - 1])));
      if (occasion && k + 1 < n && k != from + 1 &&
          (res_.meeting_nouns().count(sv.lower[k + 1]) ||
           (k + 2 < n && res_.meeting_nouns().count(sv.lower[k + 2]))))
        return k;
      // "called for a smooth transition in his first public remarks", "demanded an apology in
      // a letter", "at a news conference": where the demand was made (frame_speech_occasion_noun,
      // frame_message_noun after up to three lower-case words) is no part of it.
      // (Not right after the verb of an infinitive: "to speak at a news conference".)
      if (occasion && k > from && sv.words[k] == w &&
          !(k == from + 1 && from > 0 && Is(kInfinitiveMarker, sv.lower[from - 1]))) {
        for (int c = k + 1; c < n && c <= k + 4; ++c) {
          const std::string& x = sv.lower[c];
          // ("during his November trip": a month or weekday may qualify the occasion)
          const bool date_word = Is(kMonthName, x) || Is(kWeekday, x);
          if ((x != sv.words[c] && !date_word) || IsPreposition(res_, x) || Is(kClauseEnd, x) || x == "," ||
              IsQuote(sv.words[c]))
            break;
          if (Is(kSpeechOccasionNoun, x) || Is(kMessageNoun, x)) return k;
        }
      }
    }
    return limit;
  }

  // "in January 1990", "last week": a span of date words and numbers only.
  // "a third term", "new momentum with a pivot", "ways to stem the flow": a content that opens
  // (within its first three words) with a goal the seeker reaches for itself.
  // "called for it here", "urged him to as well", "pressed the two sides", "sought his German
  // counterpart": a content whose words (past determiners and "to") are only words of
  // frame_empty_content_word and actors (or demonyms) names nothing asked; the words that
  // would say what was asked are elsewhere or were cut away.
  // With `unmade`, the request has no maker, and a bare word of asking (frame_bare_request_noun:
  // "rejected such demands", "brushed aside those calls") names nothing either; with a maker it
  // does ("dismissed the Syrian request").
  bool EmptyContent(const SentenceView& sv, int first, int last, bool unmade = false) const {
    while (first < last && (IsDeterminer(res_, sv.lower[first]) || Is(kInfinitiveMarker, sv.lower[first]))) ++first;
    if (first >= last) return false;
    for (int k = first; k < last; ++k) {
      const Mention* m = sv.MentionAt(k);
      if (Is(kEmptyContentWord, sv.lower[k]) || IsActor(sv.ActorAt(k)) || (m && m->demonym) ||
          (unmade && Is(kBareRequestNoun, sv.lower[k])))
        continue;
      // ("such demands in March", "those calls last week": a time phrase names nothing asked)
      if (k > first && (DateOnly(sv, k, last) || (IsPreposition(res_, sv.lower[k]) && k + 1 < last && DateOnly(sv, k + 1, last))))
        return true;
      return false;
    }
    return true;
  }

  // After a verb of seeking (`trigger`, class frame_seek_verb) also an aim that no one is asked
  // to grant ("has sought a closer relationship with Moscow", "is seeking peace in the region";
  // class frame_sought_aim_noun).
  bool SelfGoal(const SentenceView& sv, int first, int last, int trigger) const {
    const bool sought = trigger >= 0 && trigger < static_cast<int>(sv.lower.size()) && Is(kSeekVerb, sv.lower[trigger]);
    for (int k = first, words = 0; k < last && words < 3; ++k, ++words) {
      // (a phrase of the class may span tokens: "re-election" is "re" "-" "election")
      if (res_.classes().LongestExactAt(cls_[kSelfGoalNoun], sv.lower, k, last) > 0) return true;
      if (sought && res_.classes().LongestExactAt(cls_[kSoughtAimNoun], sv.lower, k, last) > 0) return true;
      // "will seek the U.S. Senate seat": an actor that modifies the noun after it.
      if (const Mention* a = sv.ActorAt(k); IsActor(a) && a->first == k && a->last < last && !a->pronoun &&
                                            sv.words[a->last] == sv.lower[a->last] && !IsPreposition(res_, sv.lower[a->last]) &&
                                            !Is(kCoordinator, sv.lower[a->last]) && !IsPossessive(sv.words[a->last])) {
        k = a->last - 1;
        continue;
      }
      if (sv.lower[k] != sv.words[k]) return false;  // a capitalised word: a name, not a goal
    }
    return false;
  }

  bool DateOnly(const SentenceView& sv, int first, int last) const {
    for (int k = first; k < last; ++k) {
      const std::string& w = sv.lower[k];
      if (Is(kMonthName, w) || Is(kMonthName, sv.words[k]) || Is(kWeekday, w) || Is(kDatePeriod, w) || Is(kRelativeDateWord, w) ||
          Is(kDayPreposition, w) || Is(kTimeAdverb, w) || IsDeterminer(res_, w) || w == "," ||
          std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
        continue;
      return false;
    }
    return true;
  }

  // True when a quotation mark stands in [from, min(limit, from + within)) before any clause end.
  // Whether the next quotation mark from `from` on is the sentence's last token, after its
  // final stop ('... and the state.”').
  bool QuoteClosesSentence(const SentenceView& sv, int from) const {
    const int n = static_cast<int>(sv.words.size());
    if (n < 2 || from > n - 2 || !IsQuote(sv.words[n - 1]) || !Is(kClauseEnd, sv.lower[n - 2])) return false;
    for (int k = from; k < n - 1; ++k) {
      if (IsQuote(sv.words[k])) return false;
    }
    return true;
  }

  // A quotation that closes the sentence ("... to all mankind.”") may run twice as long: the
  // quoted words are the speaker's to the end.
  bool QuoteClosesWithin(const SentenceView& sv, int from, int limit, int within) const {
    const int n = static_cast<int>(sv.words.size());
    for (int k = from; k < limit && k < from + 2 * within; ++k) {
      const bool closes_sentence = Is(kClauseEnd, sv.lower[k]) && k + 2 == n && IsQuote(sv.words[k + 1]);
      if (closes_sentence) return true;
      if (k >= from + within) continue;
      if (IsQuote(sv.words[k])) return true;
      if (Is(kClauseEnd, sv.lower[k])) return false;
    }
    return false;
  }

  // Addressees named by adjuncts after the content: "from Moscow", "in negotiations with X".
  std::vector<const Mention*> AdjunctAddressees(const SentenceView& sv, int from) const {
    std::vector<const Mention*> out;
    const int n = static_cast<int>(sv.words.size());
    int k = from;
    if (k < n && Is(kSourcePreposition, sv.lower[k])) {
      ++k;
    } else if (k < n && Is(kOccasionPreposition, sv.lower[k])) {
      while (k < n && !Is(kPartnerPreposition, sv.lower[k]) && !Is(kAdjunctStopMark, sv.lower[k])) ++k;
      if (k >= n || !Is(kPartnerPreposition, sv.lower[k])) return out;
      ++k;
    } else {
      return out;
    }
    while (k < n) {
      const std::string& w = sv.lower[k];
      if (const Mention* a = sv.ActorAt(k); IsActor(a)) {
        out.push_back(a);
        k = a->last;
        continue;
      }
      if (Is(kAddresseeListFiller, w) || IsDeterminer(res_, w) || w == "'s") {
        ++k;
        continue;
      }
      break;
    }
    return out;
  }

  // Splits a content span into coordinated demands.
  std::vector<Item> SplitItems(const SentenceView& sv, int first, int last) const {
    std::vector<Item> items;
    int start = first;
    auto push = [&](int a, int b) {
      while (a < b && (Is(kItemLeadMark, sv.lower[a]) || Is(kCoordinator, sv.lower[a]) ||
                       Is(kDiscourseWord, sv.lower[a])))
        ++a;
      while (b > a && (sv.words[b - 1] == "," || IsQuote(sv.words[b - 1]))) --b;
      if (b - a >= 1) items.push_back({a, b, ""});
    };
    bool in_quote = false;
    for (int k = first; k < last; ++k) {
      const std::string& w = sv.lower[k];
      if (IsQuote(sv.words[k])) in_quote = !in_quote;
      if (in_quote && QuoteClosesWithin(sv, k + 1, last, 8)) continue;  // "“complete, verifiable, and irreversible”"
      // (A quotation that runs to the sentence's end is one ask: 'to “concentrate on protecting
      // the people, the law and the state.”')
      if (in_quote && QuoteClosesSentence(sv, k + 1)) continue;
      bool split = false;
      if (w == ",") {
        if (int close = VerbAsideClose(sv, first, k, last); close > 0) {  // "to commence, as soon as possible, talks"
          k = close;
          continue;
        }
        split = k + 1 < last && (IsDeterminer(res_, sv.lower[k + 1]) || DiscourseAt(sv, k + 1) ||
                                 Is(kCoordinator, sv.lower[k + 1]));
        // "complete, verifiable, and irreversible denuclearization": single words in a list.
        if (split && k >= first + 3 && sv.words[k - 2] == "," && Is(kCoordinator, sv.lower[k + 1]) && k + 2 < last &&
            sv.lower[k + 2] == sv.words[k + 2] && sv.lower[k - 1] == sv.words[k - 1] &&
            !IsDeterminer(res_, sv.lower[k + 2]) && !IsPreposition(res_, sv.lower[k + 2]) && !sv.MentionAt(k + 2) &&
            !sv.MentionAt(k - 1))
          split = false;
      } else if (Is(kCoordinator, w) && k > start) {
        // "calls for access to X and insistence that Y": a second demand noun starts a demand.
        split = k + 1 < last && (IsDeterminer(res_, sv.lower[k + 1]) || sv.lower[k + 1] == "," ||
                                 Is(kDemandNoun, sv.lower[k + 1]));
        // "de-escalation between Iran and the U.S.": the "and" of "between".
        for (int j = start; j < k && split; ++j)
          if (sv.lower[j] == "between") split = false;
        // "an overhaul of the accord to curtail Iran's missile programme and its sphere of
        // influence", "for the White House to explain the dismissals of X and the ouster of Y":
        // after an infinitive's verb, "and" + a noun phrase joins that verb's objects.
        bool verb_object = false;
        if (split && k + 1 < last && IsDeterminer(res_, sv.lower[k + 1])) {
          // (A content that starts at the verb of an infinitive: "to" before it.)
          const int from_j = start == first && first > 0 && Is(kInfinitiveMarker, sv.lower[first - 1]) ? first - 1 : start;
          for (int j = from_j; j + 1 < k && !verb_object; ++j) {
            // ("an end to rocket fire from Gaza and a halt to ...": no object after "rocket")
            // ("to commence, as soon as possible, talks ... and the issues": past the aside)
            int obj = j + 2;
            if (int close = obj < k ? VerbAsideClose(sv, first, obj, last) : -1; close > 0) obj = close + 1;
            verb_object = Is(kInfinitiveMarker, sv.lower[j]) && sv.lower[j + 1] == sv.words[j + 1] && !sv.MentionAt(j + 1) &&
                          !IsDeterminer(res_, sv.lower[j + 1]) && !HasEnding(sv.lower[j + 1], kNounEnding) &&
                          !Is(kPossessivePronoun, sv.lower[j + 1]) && obj < k &&
                          (IsDeterminer(res_, sv.lower[obj]) || Is(kPossessivePronoun, sv.lower[obj]) ||
                           IsActor(sv.ActorAt(obj)) || obj != j + 2);
          }
          if (verb_object) split = false;
        }
        // "complete, verifiable, and irreversible": the end of a list of single words.
        const bool word_list = k >= start + 3 && sv.words[k - 1] == "," && sv.words[k - 3] == "," &&
                               sv.lower[k - 2] == sv.words[k - 2] && !sv.MentionAt(k - 2);
        // "refusal to expand ... and deploy ...": a verb after "and" continues "refusal to".
        // ("to resolve the conflict through dialogue and negotiation": a noun by its ending that
        // ends the span or a phrase after "and" joins the nouns before it; "and station ships"
        // is a verb with its object.)
        // ("its nuclear weapons and ballistic missiles": an adjective by its ending before a
        // lower-case noun; "from demonstrations and gatherings,": a plural that ends the span.)
        const std::string& after_and = k + 1 < last ? sv.lower[k + 1] : sv.lower[k];
        const bool span_end = k + 2 >= last || sv.words[k + 2] == "," || IsQuote(sv.words[k + 2]);
        const bool noun_conjunct =
            k + 1 < last &&
            ((HasEnding(after_and, kNounEnding) &&
              (span_end || IsPreposition(res_, sv.lower[k + 2]) || Is(kCoordinator, sv.lower[k + 2]))) ||
             (HasEnding(after_and, kAdjectiveEnding) && !after_and.ends_with("ing") && !after_and.ends_with("ed") &&
              !after_and.ends_with("ent") && k + 2 < last && sv.lower[k + 2] == sv.words[k + 2] &&
              !IsPreposition(res_, sv.lower[k + 2]) && !IsDeterminer(res_, sv.lower[k + 2]) && !Is(kCoordinator, sv.lower[k + 2])) ||
             (after_and.size() > 3 && after_and.back() == 's' && !after_and.ends_with("ss") && span_end));
        if (!split && !verb_object && !word_list && k + 1 < last && sv.lower[k + 1] == sv.words[k + 1] &&
            !IsPreposition(res_, sv.lower[k + 1]) && !noun_conjunct) {
          for (int j = start; j + 1 < k; ++j) {
            // "to" before a verb, not the preposition of "linking X to agreement on Y" (a noun
            // by its ending: "agreement", "reduction", "stability").
            // (Not a "to" inside a content that starts at an infinitive's verb: "to appoint a panel
            // to investigate and report", "and" joins the verbs of the nested infinitive.)
            if (Is(kInfinitiveMarker, sv.lower[j]) && j > start && !HasEnding(sv.lower[j + 1], kNounEnding) &&
                !IsDeterminer(res_, sv.lower[j + 1]) && sv.lower[j + 1] == sv.words[j + 1] && !sv.MentionAt(j + 1) &&
                !(start == first && first > 0 && Is(kInfinitiveMarker, sv.lower[first - 1]))) {
              split = true;
              break;
            }
          }
        }
        // "urged the finance chiefs to write off the debt and provide an extra $50bn": a content
        // that starts at an infinitive's verb splits at "and" + a verb before its object.
        // Not after a short idiom ("go ahead and reimpose"), a participle ("pursuing X and
        // reestablishing Y"), a speech verb ("and told the president") or a nested infinitive
        // ("in an attempt to distance himself and keep ...").
        if (!split && k + 2 < last && k - start >= 3 && first > 0 && Is(kInfinitiveMarker, sv.lower[first - 1])) {
          const std::string& next = sv.lower[k + 1];
          bool nested = false;
          for (int j = start; j < k && !nested; ++j) nested = Is(kInfinitiveMarker, sv.lower[j]);
          split = !nested && next == sv.words[k + 1] && !IsPreposition(res_, next) && !IsDeterminer(res_, next) &&
                  !HasEnding(next, kNounEnding) && !next.ends_with("ing") && !next.ends_with("ed") &&
                  !Is(kSpeechVerb, next) && !Is(kFactVerb, next) && !sv.MentionAt(k + 1) &&
                  IsDeterminer(res_, sv.lower[k + 2]);
        }
      }
      // "arrests of the president and his supporters", "access to the U.N. and its partners":
      // after a preposition + a noun, a possessive pronoun after "and" refers back to that
      // noun: one noun phrase, whatever split it would otherwise make.
      if (split && Is(kCoordinator, w) && k + 1 < last && Is(kPossessivePronoun, sv.lower[k + 1]) && k >= start + 2) {
        int j = k - 1;
        while (j > start && !IsPreposition(res_, sv.lower[j]) && sv.words[j] != "," && !Is(kCoordinator, sv.lower[j]) &&
               k - j <= 4)
          --j;
        if (IsPreposition(res_, sv.lower[j])) split = false;
      }
      if (split) {
        push(start, k);
        start = k + 1;
      }
    }
    push(start, last);
    // "the EC complies with X and dismantles Y": split verb conjuncts of a clause whose
    // subject is an actor; each part keeps the subject.
    if (items.size() == 1) {
      int k = first;
      while (k < last && IsDeterminer(res_, sv.lower[k])) ++k;
      const Mention* subj = sv.ActorAt(k);
      if (IsActor(subj) && subj->last < last && sv.lower[subj->last] == sv.words[subj->last] &&
          !IsPreposition(res_, sv.lower[subj->last]) && sv.words[subj->last] != "'s") {
        std::vector<Item> parts;
        int from = first;
        for (int j = subj->last + 1; j + 1 < last; ++j) {
          const std::string& next = sv.lower[j + 1];
          // ("that Castro stop harboring fugitives and criminals like X": a plural noun after a
          // bare verb is no verb of the same subject; a second verb takes the first one's ending.)
          const std::string& first_verb = sv.lower[subj->last];
          bool verb_like = next == sv.words[j + 1] && next.size() > 3 && !IsDeterminer(res_, next) && !IsPreposition(res_, next) &&
                           ((next.back() == 's' && first_verb.back() == 's') ||
                            (next.size() > 2 && next.compare(next.size() - 2, 2, "ed") == 0 && first_verb.ends_with("ed")));
          if (Is(kCoordinator, sv.lower[j]) && verb_like) {
            parts.push_back({from, j, ""});
            from = j + 1;
          }
        }
        if (!parts.empty()) {
          parts.push_back({from, last, ""});
          std::string subject_text;
          for (int t = subj->first; t < subj->last; ++t) subject_text += (t > subj->first ? " " : "") + sv.words[t];
          for (std::size_t p = 1; p < parts.size(); ++p) parts[p].prefix = subject_text;
          return parts;
        }
      }
    }
    // Inherit "X's refusal to" for verb-phrase conjuncts.
    if (items.size() > 1) {
      const Item& head = items[0];
      int to = -1;
      for (int j = head.first; j + 1 < head.last; ++j) {
        // The mark of an infinitive, not the preposition of "access to British fishing grounds".
        if (Is(kInfinitiveMarker, sv.lower[j]) && sv.lower[j + 1] == sv.words[j + 1] && !sv.MentionAt(j + 1) &&
            !IsDeterminer(res_, sv.lower[j + 1])) {
          to = j;
          break;
        }
      }
      for (std::size_t i = 1; i < items.size(); ++i) {
        Item& it = items[i];
        // "not to move forward with tariffs and instead focus on X": the act asked in place of
        // the one refused takes neither the adverb nor the negation ("focus on X"); a lead-in
        // of its own ("refusal to") it still takes.
        const bool instead = it.first + 1 < it.last && Is(kInsteadAdverb, sv.lower[it.first]) &&
                             sv.lower[it.first + 1] == sv.words[it.first + 1] && !IsDeterminer(res_, sv.lower[it.first + 1]);
        if (instead) ++it.first;
        bool bare_negation = instead;  // the lead-in is only "not to"
        for (int j = head.first; j < to && bare_negation; ++j) bare_negation = Is(kNegationWord, sv.lower[j]);
        if (instead && bare_negation) continue;
        if (to > head.first && !IsDeterminer(res_, sv.lower[it.first]) && sv.lower[it.first] == sv.words[it.first] &&
            !Is(kDemandNoun, sv.lower[it.first])) {
          for (int j = head.first; j <= to; ++j) {
            if (instead && Is(kNegationWord, sv.lower[j])) continue;
            if (IsDeterminer(res_, sv.lower[j]) && it.prefix.empty()) continue;
            if (IsPossessive(sv.words[j])) continue;  // "NATO's" -> "NATO"
            if (!it.prefix.empty()) it.prefix += " ";
            it.prefix += sv.words[j];
          }
        }
      }
    }
    return items;
  }

  std::string ItemText(const SentenceView& sv, const Item& it) const {
    std::string out = it.prefix;
    int a = it.first;
    if (out.empty()) {
      // Not the "no" of "a no-deal Brexit", nor a content's own "no" ("insist on no more than
      // 10 years", "called for no new tariffs"): without it the demand says the opposite.
      while (a < it.last && ((IsDeterminer(res_, sv.lower[a]) && !Is(kNegativeDeterminer, sv.lower[a]) &&
                              !(a + 1 < it.last && sv.words[a + 1] == "-")) ||
                             IsQuote(sv.words[a])))
        ++a;
      // "that all those involved in the killing be punished", "those responsible be brought to
      // justice": a demonstrative before a participle, an adjective, a preposition or "who" is
      // the head, not a determiner.
      if (a - 1 >= it.first && a < it.last && Is(kAnaphoricObject, sv.lower[a - 1]) && sv.lower[a - 1].size() > 4 &&
          sv.lower[a] == sv.words[a] &&
          (sv.lower[a].ends_with("ed") || HasEnding(sv.lower[a], kAdjectiveEnding) || IsPreposition(res_, sv.lower[a]) ||
           Is(kRelativePronoun, sv.lower[a]))) {
        --a;
      }
      // "China demanded her immediate release": a person's possessive pronoun before the noun
      // says whose; the content names that person ("Meng Wanzhou's immediate release").
      if (a > it.first && a < it.last && Is(kPossessivePronoun, sv.lower[a - 1])) {
        const Mention* p = sv.MentionAt(a - 1);  // (a minor person too: "his release")
        if (p && p->pronoun && p->type == NodeType::kPerson && p->first == a - 1 && p->last == a) {
          if (auto node = st_->nodes.find(p->key); node != st_->nodes.end() && !node->second.name.empty())
            out = node->second.name + "'s";
        }
      }
    }
    // "pushing for any of this to be on the agenda", "demanded all of its debt be cancelled": a
    // quantifier and "of" before the noun phrase are no part of what is demanded.
    // (A demonstrative after "of" stays: "this to be on the agenda".)
    // (The item may start at "of" already: "seek all of the West Bank".)
    if (out.empty() && a + 1 < it.last && Is(kGenitivePreposition, sv.lower[a]) &&
        (a > it.first || (a >= 1 && IsDeterminer(res_, sv.lower[a - 1]) && !Is(kNegativeDeterminer, sv.lower[a - 1])))) {
      ++a;
      while (a + 1 < it.last && IsDeterminer(res_, sv.lower[a]) && !Is(kAnaphoricObject, sv.lower[a])) ++a;
    }
    const std::string& text = st_->doc.text;
    const auto& toks = sv.sentence->tokens;
    if (a >= it.last) return out;
    std::string body = CollapseSpace(std::string_view(text).substr(toks[a].begin, toks[it.last - 1].end - toks[a].begin));
    // "NATO's refusal" -> "NATO refusal" (a leading possessor only; "People's" stays).
    const Mention* owner = sv.ActorAt(a);
    if (it.prefix.empty() && owner && owner->first == a && owner->last < it.last &&
        IsPossessive(sv.words[owner->last])) {
      std::size_t cut = toks[owner->last].begin - toks[a].begin;
      std::size_t len = toks[owner->last].end - toks[owner->last].begin;
      if (cut <= body.size()) body.erase(cut, len);
    }
    const auto [open, close] = QuotationMarksToAdd(sv, a, it.last);
    if (!out.empty()) out += " ";
    out += open + body + close;
    return out;
  }

  // Whether the double quotation mark at token k opens a quotation: a curly mark says so
  // itself; a straight one opens when an even number of straight ones precede it in the
  // sentence.
  static bool IsDoubleQuote(const std::string& w) { return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D"; }
  static bool OpensQuotation(const SentenceView& sv, int k) {
    const std::string& w = sv.words[k];
    if (w != "\"") return w == "\xE2\x80\x9C";
    int before = 0;
    for (int j = 0; j < k; ++j) before += sv.words[j] == "\"" ? 1 : 0;
    return before % 2 == 0;
  }

  // A demand's name leaves no quotation half open. Returns the marks to put before and after
  // the words [first, last): the mark that opens a quotation the words close, when it stands
  // right before them ('make way" for a Labour government' becomes '"make way" for a Labour
  // government': the lead-in cut the opening mark), and the mark that closes a quotation they
  // open, when it follows right after them or past one punctuation mark ('avoid “simplistic
  // talk' becomes 'avoid “simplistic talk”': the text has '... talk.”'). A quotation that runs
  // on further is left as it is: where it ends is not part of the demand. A quotation closed
  // inside the words that opened further back than right before them gets its opening mark
  // too ('a “request for consultations” at X' names '“consultations” at X'). Double marks only;
  // a single one may be an apostrophe.
  std::pair<std::string, std::string> QuotationMarksToAdd(const SentenceView& sv, int first, int last) const {
    const int n = static_cast<int>(sv.words.size());
    int depth = 0;
    bool closes_outer = false;
    for (int k = first; k < last; ++k) {
      if (!IsDoubleQuote(sv.words[k])) continue;
      if (OpensQuotation(sv, k)) {
        ++depth;
      } else if (depth > 0) {
        --depth;
      } else {
        closes_outer = true;
      }
    }
    std::pair<std::string, std::string> marks;
    if (closes_outer && first > 0 && IsDoubleQuote(sv.words[first - 1]) && OpensQuotation(sv, first - 1)) {
      marks.first = sv.words[first - 1];
    } else if (closes_outer) {
      // The quotation opened further back, before a cut determiner or around the trigger itself
      // ('a “request for consultations” at the WTO', 'calls for "a total cessation" from X'):
      // the mark that pairs with the one the words close.
      for (int k = first; k < last; ++k) {
        if (!IsDoubleQuote(sv.words[k]) || OpensQuotation(sv, k)) continue;
        marks.first = sv.words[k] == "\"" ? "\"" : "\xE2\x80\x9C";
        break;
      }
    }
    if (depth == 1) {
      int k = last;
      if (k < n && (sv.words[k] == "." || sv.words[k] == "," || sv.words[k] == "!" || sv.words[k] == "?")) ++k;
      if (k < n && IsDoubleQuote(sv.words[k]) && !OpensQuotation(sv, k)) marks.second = sv.words[k];
    }
    return marks;
  }

  std::set<std::string> ContentWords(const SentenceView& sv, int first, int last, const std::string& prefix) const {
    std::set<std::string> out;
    auto add = [&](const std::string& lower) {
      if (Is(kContentStopword, lower) || IsPossessive(lower) || lower.empty()) return;
      unsigned char c = static_cast<unsigned char>(lower[0]);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)) return;
      out.insert(Stem(lower));
    };
    for (const Token& t : Tokenize(prefix)) {
      std::string w = AsciiLower(prefix.substr(t.begin, t.end - t.begin));
      if (res_.Lookup(prefix.substr(t.begin, t.end - t.begin))) continue;
      add(w);
    }
    for (int k = first; k < last; ++k) {
      if (sv.ActorAt(k) || sv.MentionAt(k)) continue;
      if (Is(kContentActorNoun, sv.lower[k])) continue;
      add(sv.lower[k]);
    }
    // "no new sanctions" is not "new sanctions": a leading "no" stays in the key.
    if (!out.empty() && first < last && Is(kNegativeDeterminer, sv.lower[first])) out.insert(sv.lower[first]);
    return out;
  }

  // "his Russia investigation", "a Clinton alternative", "the Turkey-Russia situation", "the
  // Ukraine crisis", "the Clinton email investigation": an actor (or a hyphenated pair of them)
  // right before a head noun of frame_topic_head_noun, or one lower-case noun before it, names
  // what the noun is about, not who is asked.
  // A demonym is the owner, not the topic: "Israeli citizenship", "a Ukrainian investigation".
  bool TopicModifier(const SentenceView& sv, const Mention& m) const {
    const int n = static_cast<int>(sv.words.size());
    if (m.demonym) return false;
    int k = m.last;
    for (int hops = 0; hops < 2 && k + 1 < n && sv.words[k] == "-"; ++hops) {
      const Mention* next = sv.ActorAt(k + 1);
      if (!next || next->first != k + 1) break;
      k = next->last;
    }
    // "the Hillary Clinton email investigation": past one lower-case noun before the head.
    if (k + 1 < n && sv.words[k] == sv.lower[k] && !Is(kTopicHeadNoun, sv.lower[k]) && !IsPreposition(res_, sv.lower[k]) &&
        !IsDeterminer(res_, sv.lower[k]) && !Is(kCoordinator, sv.lower[k]) && std::isalpha(static_cast<unsigned char>(sv.lower[k][0])) &&
        sv.words[k + 1] == sv.lower[k + 1] && Is(kTopicHeadNoun, sv.lower[k + 1]))
      ++k;
    return k < n && sv.words[k] == sv.lower[k] && Is(kTopicHeadNoun, sv.lower[k]);
  }

  // "the creation of a Palestinian state", "a Kurdish homeland": a demonym before a noun of
  // frame_polity_noun names the people a polity would be founded for, not who is asked to found it.
  bool PolityPeople(const SentenceView& sv, const Mention& m) const {
    return m.demonym && m.last < static_cast<int>(sv.words.size()) && Is(kPolityNoun, sv.lower[m.last]);
  }

  // "North Korean issues must be resolved", "the Syrian crisis should end": a demonym before a
  // head noun of frame_topic_head_noun that is the subject of a modal or auxiliary names what
  // the noun is about; the state is not asked ("pressed for a Ukrainian investigation" asks
  // Ukraine).
  bool DemonymTopic(const SentenceView& sv, const Mention& m) const {
    const int n = static_cast<int>(sv.words.size());
    return m.demonym && m.last + 1 < n && sv.words[m.last] == sv.lower[m.last] && Is(kTopicHeadNoun, sv.lower[m.last]) &&
           (Is(kModalVerb, sv.lower[m.last + 1]) || Is(kClauseAuxiliary, sv.lower[m.last + 1]) ||
            Is(kPassiveAuxiliary, sv.lower[m.last + 1]));
  }

  // Creates (or merges into) a demand per item; returns the demand keys.
  std::vector<std::string> MakeDemands(const SentenceView& sv, const std::vector<const Mention*>& subject,
                                       const std::vector<Item>& items,
                                       const std::vector<const Mention*>& explicit_addressees, int trigger_first,
                                       int trigger_last, const std::string& rule) {
    std::vector<std::string> keys;
    // "He urged Trump to reconsider": a pronoun is not the one its own verb asks by name. A
    // resolution that made it so is wrong, and the maker stays unnamed (the one asked is kept).
    // (When the one asked is a pronoun too, "the president asked him to ...", the maker stays.)
    std::vector<const Mention*> makers;
    for (const Mention* m : subject) {
      if (!m->pronoun || std::none_of(explicit_addressees.begin(), explicit_addressees.end(),
                                      [&](const Mention* a) { return a->key == m->key && !a->pronoun; }))
        makers.push_back(m);
    }
    // A demand of unstated maker ("came under pressure to ...") needs the one asked.
    if (makers.empty() && explicit_addressees.empty()) return keys;
    std::string principal = makers.empty() ? std::string("unstated:") : st_->Principal(makers[0]->key);
    for (const Item& it : items) {
      std::set<std::string> words = ContentWords(sv, it.first, it.last, it.prefix);
      if (words.empty() || DateOnly(sv, it.first, it.last)) continue;
      if (explicit_addressees.empty() && SelfGoal(sv, it.first, it.last, trigger_first)) continue;
      // "urged world leaders to do more", "called on X to do the same", "because we demand it do
      // so", "demanded that Chile do the same": a verb phrase that stands for an act named
      // elsewhere, alone or after its subject (a pronoun or an actor), names nothing.
      if (it.prefix.empty()) {
        int verb = it.first;
        if (Is(kSubjectPronoun, sv.lower[verb])) ++verb;
        else if (const Mention* a = sv.ActorAt(verb); a && a->first == verb) verb = a->last;
        if (verb < it.last && res_.classes().LongestExactAt(cls_[kProVerbPhrase], sv.lower, verb, it.last) == it.last - verb)
          continue;
      }
      if (it.prefix.empty() && EmptyContent(sv, it.first, it.last)) continue;
      // "as Trump has insisted it should", "as they demanded it must": an elided content (a
      // pronoun and a modal) names nothing.
      {
        bool elided = it.prefix.empty();
        for (int k = it.first; k < it.last && elided; ++k)
          elided = Is(kSubjectPronoun, sv.lower[k]) || Is(kModalVerb, sv.lower[k]) || Is(kClauseAuxiliary, sv.lower[k]) ||
                   Is(kNegationWord, sv.lower[k]);
        if (elided) continue;
      }
      // Addressees: explicit ones, else the actors named inside the content (organisations
      // first), never the maker itself.
      std::vector<std::string> to;
      std::set<std::string> told;  // named as the one asked: may share the maker's state
      for (const Mention* a : explicit_addressees) {
        to.push_back(a->key);
        if (a->type != NodeType::kState) told.insert(a->key);
      }
      // "Russia to be readmitted to the G7", "that the envoy be expelled": the subject of a
      // passive is acted on, not asked.
      const int patient_end = PassivePatientEnd(sv, it.first, it.last);
      bool pronoun_subject = false;  // "that they hit 20 Islamic State targets": they are asked
      if (to.empty() && patient_end < 0) {
        // "that Israel ease restrictions on Palestinian workers": the clause's subject.
        int k = it.first;
        while (k < it.last && IsDeterminer(res_, sv.lower[k])) ++k;
        // A coordinated "insistence that Britain follow ...": the subject after "that".
        if (k + 2 < it.last && Is(kDemandNoun, sv.lower[k]) && Is(kComplementizer, sv.lower[k + 1])) k += 2;
        while (k < it.last && IsDeterminer(res_, sv.lower[k])) ++k;
        // "that post-Brexit Britain follow ...": past a hyphenated modifier.
        if (k < it.last && !sv.MentionAt(k)) {
          if (sv.words[k].find('-') != std::string::npos && sv.words[k].size() > 2) ++k;
          else if (k + 2 < it.last && sv.words[k + 1] == "-") k += 3;
        }
        if (const Mention* subj = sv.ActorAt(k); subj && subj->first == k && subj->last < it.last &&
                                                  sv.lower[subj->last] == sv.words[subj->last] &&
                                                  !IsPreposition(res_, sv.lower[subj->last]) && sv.words[subj->last] != "'s" &&
                                                  !TopicModifier(sv, *subj) && !DemonymTopic(sv, *subj) &&  // "a Clinton alternative"
                                                  !PolityPeople(sv, *subj))
          to.push_back(subj->key);
        // "Moscow's insistence that they hit 20 Islamic State targets", "demanded that she hand
        // over the Iranian files": a personal pronoun no actor resolves is the clause's subject,
        // the one asked; the actors after it are what its verb acts on.
        pronoun_subject = to.empty() && k + 1 < it.last && !sv.ActorAt(k) && Is(kSubjectPronoun, sv.lower[k]) &&
                          !Is(kNeuterPronoun, sv.lower[k]) && !Is(kRelativePronoun, sv.lower[k]) &&
                          sv.words[k + 1] == sv.lower[k + 1] && !Is(kCoordinator, sv.lower[k + 1]);
      }
      if (to.empty() && !unnamed_object_ && !pronoun_subject) {
        // Else the actors named inside the content, bodies first ("NATO's refusal to expand");
        // not when a group that names no actor was asked ("called on the international
        // community to impose sanctions on Iran").
        std::vector<std::string> orgs, others;
        bool body_received = false;  // a body skipped as a recipient (below)
        for (const Mention& m : sv.mentions) {
          if (m.first < it.first || m.last > it.last || !IsActor(&m)) continue;
          if (m.last <= patient_end) continue;
          // "strikes in Syria", "the defeat of Islamic State", "money for the Palestinian
          // Authority": the object of a topic preposition is what the demand is about, not who
          // is asked. An actor before a noun still is ("the withdrawal of Russian troops", "of
          // alliance troops"), and so is a possessor ("dismantlement of North Korea's program")
          // or a partner ("talks with X", "between X and Y", "imposed by X").
          int lead = m.first - 1;
          while (lead > it.first && IsDeterminer(res_, sv.lower[lead])) --lead;
          // (A modifier of a noun inside the content: "force in Syria if gas is used" ends at Syria.)
          const bool modifier = m.last < it.last &&
                                ((sv.words[m.last][0] >= 'a' && sv.words[m.last][0] <= 'z' && !IsPreposition(res_, sv.lower[m.last]) &&
                                  !Is(kCoordinator, sv.lower[m.last]) && sv.words[m.last] != ",") ||
                                 IsPossessive(sv.words[m.last]));
          // "the government of Iran", "members of the alliance": a group noun before "of" is
          // the actor itself; "a meeting of the U.N. Security Council": the body meets.
          const bool group_of = lead > it.first && Is(kGenitivePreposition, sv.lower[lead]) &&
                                (IsGroupNoun(res_, sv.lower[lead - 1]) || Is(kMeetingNoun, sv.lower[lead - 1]));
          // "parties to the conflict in Iraq to allow ...": the noun phrase before "to" + a verb
          // is the one asked, and the actor in it with it.
          // "sought refuge in Germany", "asylum in Greece": the state that would give it is asked.
          const bool asked = (m.last + 1 < static_cast<int>(sv.words.size()) && Is(kInfinitiveMarker, sv.lower[m.last]) &&
                              sv.words[m.last + 1] == sv.lower[m.last + 1] && !IsDeterminer(res_, sv.lower[m.last + 1])) ||
                             (lead > it.first && Is(kOccasionPreposition, sv.lower[lead]) && Is(kRefugeNoun, sv.lower[lead - 1]));
          if (lead >= it.first && Is(kTopicPreposition, sv.lower[lead]) && !modifier && !group_of && !asked) continue;
          // "strikes against the Syrian government", "sanctions on Russian banks", "an inquiry
          // into Chinese hacking": what an act is aimed at is not asked, though the actor only
          // modifies the noun; its owner still is ("a freeze on Iran's enrichment"), and so is
          // the noun phrase before "to" + a verb ("pressure on the Syrian government to stop").
          if (lead >= it.first && Is(kTargetPreposition, sv.lower[lead]) && modifier && !IsPossessive(sv.words[m.last]) &&
              !group_of && !asked) {
            const int n = static_cast<int>(sv.words.size());
            const bool noun_asked = m.last + 2 < n && Is(kInfinitiveMarker, sv.lower[m.last + 1]) &&
                                    sv.words[m.last + 2] == sv.lower[m.last + 2] && !IsDeterminer(res_, sv.lower[m.last + 2]);
            // ("urged against Britain leaving the union": the subject of a gerund acts.)
            const bool gerund_subject = m.last < n && sv.lower[m.last].size() > 4 && sv.lower[m.last].ends_with("ing");
            if (!noun_asked && !gerund_subject) continue;
          }
          if (lead >= it.first && Is(kScenePreposition, sv.lower[lead]) && m.demonym && modifier && !asked) continue;
          // "the expulsion of 35 U.S. diplomats", "the return of Turkish hostages", "an inquiry into
          // the shelling of UN schools": an actor that names (or owns) what an act is done to is
          // not asked; the one who would act is, and the content does not name it. Those who
          // leave still are ("the withdrawal of Russian troops": frame_departure_noun).
          {
            // (past determiners, numbers and up to two lower-case modifiers: "of all American
            // troops", "of 35 U.S. diplomats", "of other UN schools", "of jailed Turkish reporters")
            int p = m.first - 1, modifiers = 0;
            while (p > it.first) {
              const std::string& w = sv.lower[p];
              if (IsDeterminer(res_, w) || NumberWord(w) >= 0 || std::isdigit(static_cast<unsigned char>(w[0]))) {
                --p;
              } else if (modifiers < 2 && w == sv.words[p] && std::isalpha(static_cast<unsigned char>(w[0])) &&
                         !IsPreposition(res_, w) && !Is(kCoordinator, w) && !Is(kPatientActionNoun, w)) {
                --p;
                ++modifiers;
              } else {
                break;
              }
            }
            if (p > it.first && !asked && Is(kGenitivePreposition, sv.lower[p]) && Is(kPatientActionNoun, sv.lower[p - 1]))
              continue;
          }
          // "a tougher response to Russia", "arms deliveries to Ukraine", "the return of the
          // islands to Japan": the actor a thing goes to, after a noun of the content, is not
          // asked. A possessor or a modifier still is ("an end to Iran's shipments", "an end to
          // Israeli settlement construction"), so is where a demand noun goes ("its calls to
          // Russia to halt ...", "a request for funds to fight the group to Congress"), and the
          // object of a verb ("money London contributed to Brussels"), and who receives goods a
          // price is asked for ("the same price for supplies to Russia": the buyer pays).
          // (A quoted noun is modified too: "an end to Israeli \"provocations\"".)
          const bool quoted_modifier = m.last + 1 < it.last && IsQuote(sv.words[m.last]) &&
                                       std::islower(static_cast<unsigned char>(sv.words[m.last + 1][0]));
          if (lead > it.first && !asked && !modifier && !quoted_modifier && Is(kRecipientPreposition, sv.lower[lead]) &&
              sv.words[lead - 1] == sv.lower[lead - 1] && !sv.lower[lead - 1].ends_with("ed")) {
            bool requested = false;
            for (int t = std::min(trigger_first, it.first); t < lead && !requested; ++t)
              requested = Is(kDemandNoun, sv.lower[t]) || (t >= it.first && Is(kPurposePreposition, sv.lower[t]));
            // A body would have been taken before the others named ("orgs first", below); with
            // it ruled out, they are no likelier asked ("oversee Obama's response to ISIS").
            if (!requested) {
              body_received = body_received || (m.type == NodeType::kOrganization && m.kind != "group");
              continue;
            }
          }
          // "support for attacking Syria", "to strike Syria": the object of a verb inside the
          // content (a gerund, or the bare verb after "to") is acted on, not asked (not a
          // modifier of a noun after it: "ongoing U.S. assistance", "concerning China's affairs",
          // nor of a name: "from visiting US National Security Adviser John Bolton").
          const bool before_name = m.last < it.last && sv.words[m.last] != sv.lower[m.last];
          if (lead >= it.first && !asked && !group_of && !modifier && !before_name &&
              sv.lower[lead] == sv.words[lead] &&
              !IsPreposition(res_, sv.lower[lead]) && !IsDeterminer(res_, sv.lower[lead]) &&
              !Is(kPossessivePronoun, sv.lower[lead]) && !Is(kCoordinator, sv.lower[lead]) &&
              ((sv.lower[lead].size() > 4 && sv.lower[lead].ends_with("ing") && !Is(kMeetingNoun, sv.lower[lead])) ||
               (lead >= 1 && Is(kInfinitiveMarker, sv.lower[lead - 1]) && !HasEnding(sv.lower[lead], kNounEnding))))
            continue;
          // "urged Obama to dismantle the Cuban embargo", "demanding lawmakers lift the 50-year-old
          // Cuban embargo": a demonym modifying the object of a verb inside the content names what
          // is acted on; the verb's subject is the one asked.
          if (m.demonym && modifier && !IsPossessive(sv.words[m.last]) && !asked && !group_of) {
            int v = m.first - 1;
            while (v > it.first && (IsDeterminer(res_, sv.lower[v]) || sv.words[v] == "-" || sv.words[v - 1] == "-" || sv.words[v + 1] == "-" ||
                                    std::isdigit(static_cast<unsigned char>(sv.words[v][0]))))
              --v;
            const std::string& w = sv.lower[v];
            if (v > it.first && w == sv.words[v] && std::isalpha(static_cast<unsigned char>(w[0])) && !IsPreposition(res_, w) &&
                !IsDeterminer(res_, w) && !Is(kCoordinator, w) && !Is(kComplementizer, w) && !Is(kClauseAuxiliary, w) &&
                !Is(kPassiveAuxiliary, w) && !HasEnding(w, kNounEnding) &&
                (Is(kInfinitiveMarker, sv.lower[v - 1]) ||
                 (sv.lower[v - 1] == sv.words[v - 1] && sv.lower[v - 1].size() > 3 && sv.lower[v - 1].back() == 's' &&
                  w.back() != 's' && !IsPreposition(res_, sv.lower[v - 1]) && !Is(kClauseAuxiliary, sv.lower[v - 1]))))
              continue;
          }
          // "aid to care for Syrian refugees", "rights for EU nationals": who benefits is not who
          // is asked; "an effort to end violence as Iraq forms a government": the subject of a
          // subordinate clause is neither.
          if (lead > it.first && !group_of && !asked &&
              ((Is(kPurposePreposition, sv.lower[lead]) && !IsPossessive(sv.words[m.last < it.last ? m.last : lead])) ||
               Is(kSubordinator, sv.lower[lead])))
            continue;
          if (TopicModifier(sv, m) || DemonymTopic(sv, m)) continue;
          if (RelativeClauseObject(sv, it.first, m.first)) continue;
          // "an investigation of claims that the Assad government used chemical weapons", "a
          // probe into reports that Iran armed the rebels": the one a claim is about (in the
          // that-clause of a noun of class frame_claim_noun) is not asked.
          {
            bool claimed = false;
            for (int t = m.first - 1; t > it.first && t >= m.first - 4 && !claimed; --t)
              claimed = Is(kComplementizer, sv.lower[t]) && Is(kClaimNoun, sv.lower[t - 1]);
            if (claimed) continue;
          }
          // "a troop withdrawal from Syria", "the departure of foreign forces from Iraq": the
          // place left is not who is asked (those who leave are).
          if (lead > it.first && Is(kSourcePreposition, sv.lower[lead])) {
            bool departure = false;
            for (int t = it.first; t < lead && !departure; ++t) departure = Is(kDepartureNoun, sv.lower[t]);
            if (departure) continue;
          }
          if (PolityPeople(sv, m)) continue;
          // "a review of U.S. assistance to the Palestinians": who receives aid is not asked;
          // "an extradition request from Sweden": who made a request is not asked either.
          if (lead > it.first && !asked &&
              ((Is(kInfinitiveMarker, sv.lower[lead]) && Is(kRejectAidNoun, sv.lower[lead - 1])) ||
               (Is(kSourcePreposition, sv.lower[lead]) &&
                (Is(kRejectDemandNoun, sv.lower[lead - 1]) || Is(kRejectProposalNoun, sv.lower[lead - 1])))))
            continue;
          bool body = m.type == NodeType::kOrganization && m.kind != "group";  // not "Palestinian workers"
          (body ? orgs : others).push_back(m.key);
        }
        to = !orgs.empty() ? orgs : body_received ? std::vector<std::string>{} : others;
        if (!orgs.empty()) to.resize(1);
      }
      std::vector<std::string> asked;
      for (const auto& a : to) {
        bool maker = a == principal || std::any_of(makers.begin(), makers.end(), [&](const Mention* m) { return m->key == a; });
        if (maker || (!told.count(a) && st_->Principal(a) == principal)) continue;
        if (std::find(asked.begin(), asked.end(), a) == asked.end()) asked.push_back(a);
      }
      std::string key = ContentKey("demand", principal, words, asked, st_->doc.id);  // same maker and words: same demand
      int span_first = std::min(trigger_first, it.first), span_last = std::max(trigger_last, it.last);
      Evidence ev = st_->MakeEvidence(sv.index, span_first, span_last, rule);
      std::map<std::string, std::string> props;
      if (!makers.empty()) props["maker"] = principal;
      UpsertNode(Node{key, NodeType::kDemand, ItemText(sv, it), std::move(props), {ev}});
      for (const Mention* m : makers) AddActorEdge(m->key, Relation::kDemands, key, ev);
      for (const auto& a : asked) st_->AddEdge(key, Relation::kDemandsOf, a, ev);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
      st_->demands.push_back({key, words, sv.index});
    }
    return keys;
  }

  // "a state along the lines that divided Israel from the West Bank", "documents that implicated
  // Saudi Arabia": an actor after the verb of a relative clause whose pronoun is its subject
  // (class frame_relative_pronoun, then a lower-case word that is no determiner or pronoun) is
  // what that clause's verb acts on, not who is asked. The clause's own subject still may be
  // ("an end to the blockade that Egypt imposed"). The pronoun is searched in [first, actor).
  bool RelativeClauseObject(const SentenceView& sv, int first, int actor) const {
    for (int r = actor - 2; r > first; --r) {
      const std::string& w = sv.lower[r];
      if (w == "," || Is(kClauseEnd, w)) return false;
      if (!Is(kRelativePronoun, w)) continue;
      const std::string& next = sv.lower[r + 1];
      const std::string& before = sv.lower[r - 1];
      // (The actor right after the clause's verb, or past one determiner: "a deal that would put
      // time on the clock by halting Iran's program" still asks Iran.)
      const int gap = actor - (r + 2);
      if (gap < 0 || gap > 1 || (gap == 1 && !IsDeterminer(res_, sv.lower[r + 2]))) return false;
      return next == sv.words[r + 1] && !sv.MentionAt(r + 1) && !IsDeterminer(res_, next) && !Is(kSubjectPronoun, next) &&
             !Is(kPossessivePronoun, next) && before == sv.words[r - 1] && !IsPreposition(res_, before) &&
             !Is(kDemandNoun, before);
    }
    return false;
  }

  // "domestic demand", "its demands", "a demanding task", "rising demand": forms of "demand"
  // that are nouns or adjectives here, judged by the word before.
  bool NounLikeDemand(const SentenceView& sv, int i) const {
    const std::string& w = sv.lower[i];
    if (!Is(kDemandAmbiguousForm, w) || i == 0) return false;
    const int n = static_cast<int>(sv.lower.size());
    const bool participle = Is(kDemandParticiple, w);
    if (participle && i + 1 < n && Is(kComplementizer, sv.lower[i + 1])) return false;  // "a statement demanding that"
    if (!participle && i + 1 < n && Is(kPurposePreposition, sv.lower[i + 1])) return true;  // "U.K. demands for access"
    const std::string& prev = sv.lower[i - 1];
    if (Is(kDemandNounPremodifier, prev) || IsPossessive(prev)) return true;
    // "the government demands": a group noun before is the subject.
    if (IsGroupNoun(res_, prev) || prev != sv.words[i - 1] || sv.MentionAt(i - 1)) return false;
    // Adjectives by their ending: "domestic", "additional", "excessive", "rising", "increased".
    return HasEnding(prev, kAdjectiveEnding);
  }

  // Returns false when the trigger frames no demand (then it may still be a noun).
  // Whether token k is a person pronoun resolved to an actor and used as an object: right
  // before "to" or "not" ("asked her to", "urged her not to").
  bool ObjectPronounAt(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    const Mention* p = sv.ActorAt(k);
    return p && p->pronoun && p->first == k && p->last == k + 1 && k + 1 < n &&
           (Is(kInfinitiveMarker, sv.lower[k + 1]) || Is(kNegationWord, sv.lower[k + 1]));
  }

  // An actor or a list of them ("the United States and Japan", "A, B and C") from token k
  // (determiners skipped); returns the token after the last, or -1 when no actor stands at k.
  int ActorList(const SentenceView& sv, int k, std::vector<const Mention*>* out) const {
    const int n = static_cast<int>(sv.words.size());
    if (int after = PairReference(sv, k, out); after >= 0) return after;
    int end = -1;
    std::vector<const Mention*> found;
    // "both South Korea and China": "both" opens the list.
    if (k + 1 < n && Is(kPairWord, sv.lower[k]) && IsActor(sv.ActorAt(k + 1)) && sv.ActorAt(k + 1)->first == k + 1) ++k;
    for (;;) {
      // ("urged the president to ...": a person's title mention may take in the article)
      const int article = k;
      // ("asked her to ...", "urged her not to": an object "her" resolved to a person is that
      // person, no determiner; not "urged her aides to")
      while (k < n && IsDeterminer(res_, sv.lower[k]) && !ObjectPronounAt(sv, k)) ++k;
      const Mention* a = k < n ? sv.ActorAt(k) : nullptr;
      // (only when it is the whole noun phrase: "urged the official declaration to be made" has none)
      if (IsActor(a) && a->type == NodeType::kPerson && a->first >= article && a->first < k && a->last < n &&
          Is(kInfinitiveMarker, sv.lower[a->last]) && a->last + 1 < n && sv.words[a->last + 1] == sv.lower[a->last + 1] &&
          !IsDeterminer(res_, sv.lower[a->last + 1]) && !sv.MentionAt(a->last + 1))
        k = a->first;
      // "urged Mrs May to ...": a title the person's mention leaves out.
      if (!(IsActor(a) && a->first == k)) {
        int t = k;
        while (t < n && t < k + 3 && sv.words[t] != sv.lower[t] && res_.IsTitleWord(sv.words[t])) ++t;
        if (const Mention* p = t > k && t < n ? sv.ActorAt(t) : nullptr; IsActor(p) && p->first == t && p->type == NodeType::kPerson) {
          a = p;
          k = t;
        }
      }
      if (!IsActor(a) || a->first != k) break;
      found.push_back(a);
      end = a->last;
      k = a->last;
      // "Ukrainian authorities", "the Ukrainian government": a demonym's group noun is part
      // of the actor named.
      if (a->demonym && k < n && IsGroupNoun(res_, sv.lower[k])) end = ++k;
      if (k < n && sv.words[k] == ",") ++k;
      if (k < n && Is(kCoordinator, sv.lower[k])) {
        ++k;
      } else if (int len = k < n ? res_.classes().LongestExactAt(cls_[kComitativePhrase], sv.lower, k, n) : 0; len > 0) {
        k += len;  // "Serbia as well as Kosovo", "Chile along with Peru"
      }
      if (k == end) break;
    }
    if (end < 0) return -1;
    out->insert(out->end(), found.begin(), found.end());
    return end;
  }

  // "both sides", "the two countries" at k: the two actors last joined by "and" before it, in
  // this sentence or the one before ("Pyongyang and Washington may differ ... and he urged
  // both sides to"). Returns the token after the phrase, or -1.
  int PairReference(const SentenceView& sv, int k, std::vector<const Mention*>* out) const {
    const int n = static_cast<int>(sv.words.size());
    int j = k < n && Is(kDefiniteArticle, sv.lower[k]) ? k + 1 : k;
    if (j + 1 >= n || !Is(kPairWord, sv.lower[j]) || !Is(kPairNoun, sv.lower[j + 1]) || sv.MentionAt(j + 1)) return -1;
    auto pair_in = [&](const SentenceView& v, int limit) {
      for (int a = limit - 1; a >= 1; --a) {
        if (!Is(kCoordinator, v.lower[a])) continue;
        const Mention* left = v.ActorAt(a - 1);
        int b = a + 1;
        while (b < limit && IsDeterminer(res_, v.lower[b])) ++b;
        const Mention* right = b < limit ? v.ActorAt(b) : nullptr;
        if (!IsActor(left) || !IsActor(right) || left->last != a || right->first != b || left->pronoun ||
            right->pronoun || st_->Principal(left->key) == st_->Principal(right->key))
          continue;
        out->push_back(left);
        out->push_back(right);
        return true;
      }
      return false;
    };
    if (pair_in(sv, k)) return j + 2;
    const SentenceView* prev = sv.index > 0 ? &st_->views[static_cast<std::size_t>(sv.index) - 1] : nullptr;
    if (prev && pair_in(*prev, static_cast<int>(prev->words.size()))) return j + 2;
    // "supported Turkey's right to defend its airspace, but he also urged the two countries to
    // ...", "... between Israelis and Palestinians. Jordan's king urged both sides to ...": with
    // no pair joined by "and", the two states named last before it (bodies too for "sides" or
    // "parties", class frame_pair_side_noun; no news agency), in this sentence and then the one
    // before, leaving out the subject of the verb before it and what it stands for. Exactly
    // two, or none (of three, which two is a guess).
    int verb = k - 1;
    if (verb >= 1 && IsPreposition(res_, sv.lower[verb])) --verb;  // "called on both sides"
    if (verb < 1 || sv.words[verb] != sv.lower[verb] || IsPreposition(res_, sv.lower[verb])) return -1;
    const bool sides = Is(kPairSideNoun, sv.lower[j + 1]);
    std::set<std::string> own;
    for (const Mention* m : SubjectBefore(res_, sv, verb)) {
      own.insert(m->key);
      own.insert(st_->Principal(m->key));
    }
    std::vector<const Mention*> pair;
    auto named = [&](const SentenceView& v, int limit) {
      for (const Mention& m : v.mentions) {
        if (m.first >= limit) break;
        if (!IsActor(&m) || m.pronoun || m.type == NodeType::kPerson || (!sides && m.type != NodeType::kState)) continue;
        if (const OrgInfo* o = m.type == NodeType::kOrganization ? res_.Org(m.key.substr(m.key.find(':') + 1)) : nullptr;
            o && o->kind == "agency")
          continue;
        const std::string principal = st_->Principal(m.key);
        if (own.count(m.key) || own.count(principal)) continue;
        if (std::none_of(pair.begin(), pair.end(), [&](const Mention* o) { return st_->Principal(o->key) == principal; }))
          pair.push_back(&m);
      }
    };
    named(sv, k);
    if (pair.size() < 2 && prev) named(*prev, static_cast<int>(prev->words.size()));
    if (pair.size() != 2) return -1;
    out->insert(out->end(), pair.begin(), pair.end());
    return j + 2;
  }

  // "for the Sudanese army and the RSF to observe a ceasefire", "a call for Washington to
  // change its policies": the actors before "to" are asked; the content starts at the verb.
  // Returns the new start of the content, or `start` unchanged.
  // "called for the administration to investigate ...", "calls for his supporters to pursue
  // ...": after "for", a noun phrase of people or a body that no mention names (its head in
  // frame_people_noun or a group noun) before "to" + a verb is the one asked (unnamed); returns
  // where the content starts (the verb, or "not"), or `start` when there is none. Things stay
  // in the content ("called for the sanctions to be lifted").
  int ForPeopleTo(const SentenceView& sv, int start) const {
    // "called for it to include an end to all attacks", "pushed for them to leave": a pronoun
    // that names no actor is what the verb is asked of; the content starts at the verb.
    const int n = static_cast<int>(sv.words.size());
    if (start + 2 < n && Is(kAnaphoricObject, sv.lower[start]) && !IsDeterminer(res_, sv.lower[start]) &&
        !IsActor(sv.ActorAt(start)) && Is(kInfinitiveMarker, sv.lower[start + 1])) {
      const std::string& verb = sv.lower[start + 2];
      if (verb == sv.words[start + 2] && !IsDeterminer(res_, verb) && !HasEnding(verb, kNounEnding) &&
          !Is(kPassiveAuxiliary, verb))
        return start + 2;
    }
    const int v = ObjectThenInfinitive(sv, start);
    // ("a new government to be formed": before a passive the noun phrase is what is asked for)
    if (v < 0 || Is(kPassiveAuxiliary, sv.lower[v])) return start;
    const int head = Is(kNegationWord, sv.lower[v]) ? v - 1 : v - 2;
    if (head < start) return start;
    const std::string& w = sv.lower[head];
    return Is(kPeopleNoun, w) || IsGroupNoun(res_, w) ? v : start;
  }

  int ForActorTo(const SentenceView& sv, int start, int end, std::vector<const Mention*>* addressees) const {
    const int n = static_cast<int>(sv.words.size());
    std::vector<const Mention*> list;
    int after = ActorList(sv, start, &list);
    if (after < 0) return start;
    // Past unknown names in a coordination: "the army and the Rapid Support Forces to".
    int to = after;
    for (int k = after; k < end && k < after + 6 && !Is(kInfinitiveMarker, sv.lower[k]); ++k) to = k + 1;
    if (to >= end || to + 1 >= n || !Is(kInfinitiveMarker, sv.lower[to])) return start;
    for (int k = after; k < to; ++k) {  // a coordination or a head noun ("the Sudanese army"), no clause
      if (sv.words[k] == "," || IsPreposition(res_, sv.lower[k]) || Is(kClauseEnd, sv.lower[k])) return start;
      // "the Sudanese army and the Rapid Support Forces": an actor after the conjunction.
      if (Is(kCoordinator, sv.lower[k])) {
        int b = k + 1;
        while (b < to && IsDeterminer(res_, sv.lower[b])) ++b;
        if (const Mention* a = sv.ActorAt(b); IsActor(a) && a->first == b && a->last <= to) list.push_back(a);
      }
    }
    const std::string& verb = sv.lower[to + 1];
    if (verb != sv.words[to + 1] || IsDeterminer(res_, verb) || HasEnding(verb, kNounEnding)) return start;
    // "called for Russia to be readmitted to the G7", "asked for the envoy to be expelled": an
    // actor before a passive is acted on, not asked; it stays in the content. ("urged for
    // Chile to be patient" asks Chile.)
    if (PassiveInfinitive(sv, to + 1)) return start;
    addressees->insert(addressees->end(), list.begin(), list.end());
    return to + 1;
  }

  // The content [first, last) opens with a noun phrase and a passive ("the U.N. inspectors to
  // be allowed access", "the envoy be expelled"): the token where the passive starts ("to" or
  // "be"), or -1. The noun phrase holds no comma, clause word or preposition-led clause.
  int PassivePatientEnd(const SentenceView& sv, int first, int last) const {
    for (int k = first + 1; k + 1 < last && k < first + 12; ++k) {
      const std::string& w = sv.lower[k];
      if (sv.words[k] == "," || Is(kClauseEnd, w) || Is(kComplementizer, w) || Is(kModalVerb, w)) return -1;
      if (Is(kInfinitiveMarker, w)) return PassiveInfinitive(sv, k + 1) ? k : -1;
      if (w == "be" && sv.words[k] == w) return PassiveInfinitive(sv, k) ? k : -1;
    }
    return -1;
  }

  // A passive auxiliary at `k` ("be", "been") and a participle in -ed or -en after it ("be
  // readmitted", "be given"); not "be transparent". Irregular participles in other shapes
  // ("be put") are not recognised.
  bool PassiveInfinitive(const SentenceView& sv, int k) const {
    if (k + 1 >= static_cast<int>(sv.words.size()) || !Is(kPassiveAuxiliary, sv.lower[k])) return false;
    const std::string& next = sv.lower[k + 1];
    return next.size() > 3 && (next.ends_with("ed") || next.ends_with("en"));
  }

  // A lower-case word in -s (not -ss) before a determiner or possessive: "requires a", "wants
  // its": a verb in the present, third person.
  bool PresentThirdPerson(const SentenceView& sv, int j, int end) const {
    const std::string& w = sv.lower[j];
    return j + 1 < end && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != '\'' &&
           w == sv.words[j] && !IsPreposition(res_, w) && !IsDeterminer(res_, w) && !sv.MentionAt(j) &&
           (IsDeterminer(res_, sv.lower[j + 1]) || Is(kPossessivePronoun, sv.lower[j + 1]));
  }

  // "insisted that sanctions be lifted" is a demand, "insists its programme is peaceful" a
  // statement of fact: the first verb of the clause from `start` decides (default: demand).
  bool MandativeClause(const SentenceView& sv, int start, int end) const {
    // The clause's verb may lie past the content's end ("insisted the review process will be
    // streamlined": the content stops before "will").
    end = std::max(end, std::min(static_cast<int>(sv.words.size()), start + 16));
    // "insisted there is no rush", "insists there's been no pressure": "there" and a verb of
    // the indicative (or its contraction) state a fact ("that there be no preconditions" asks).
    if (start + 1 < end && Is(kExistentialSubject, sv.lower[start]) &&
        (Is(kFactVerb, sv.lower[start + 1]) || IsPossessive(sv.words[start + 1])))
      return false;
    int k = start;
    while (k < end && IsDeterminer(res_, sv.lower[k])) ++k;
    if (const Mention* a = sv.ActorAt(k); a && a->first == k && a->last < end) {
      // An actor subject: the word after it is the verb ("that Israel withdraw", "he left"),
      // past the rest of a subject list ("that the U.S. and Japan have never been closer").
      int v = a->last;
      for (;;) {
        int c = v;
        if (c < end && sv.words[c] == ",") ++c;
        if (c < end && Is(kCoordinator, sv.lower[c])) ++c;
        while (c < end && IsDeterminer(res_, sv.lower[c])) ++c;
        const Mention* b = c < end && c > v ? sv.ActorAt(c) : nullptr;
        if (!IsActor(b) || b->first != c || b->last >= end) break;
        v = b->last;
      }
      // "insisted that Kiev's refusal to talk had prolonged the war", "... that Ankara's envoys
      // broke the truce": the actor owns the clause's subject, whose verb lies further on; the
      // scan below, as for a subject with no actor, finds it.
      if (IsPossessive(sv.words[v]) && !a->pronoun && v + 1 < end && !IsDeterminer(res_, sv.lower[v + 1])) {
        return MandativeScan(sv, v, end);
      }
      // "insisted UN condemnation of the settlements was ...": an actor before a noun (a word
      // with a noun ending) modifies the subject; the clause's verb lies further on.
      if (a->last == v && v + 1 < end && sv.words[v] == sv.lower[v] && HasEnding(sv.lower[v], kNounEnding) &&
          !Is(kMandativeWord, sv.lower[v]) && !Is(kFactVerb, sv.lower[v])) {
        return MandativeScan(sv, v, end);
      }
      // "insists a Syria peace conference remains the goal": an actor after an indefinite article
      // modifies the subject's noun; the clause's verb lies further on.
      if (k > start && Is(kIndefiniteArticle, sv.lower[k - 1]) && a->last == v && v + 1 < end && sv.words[v] == sv.lower[v])
        return MandativeScan(sv, v, end);
      // "insisted the Russian decision wouldn't affect ties": a demonym before a lower-case word
      // modifies the subject's noun ("that Japanese ships leave" reads on to its bare verb).
      if (a->demonym && a->last == v && v + 1 < end && sv.words[v] == sv.lower[v] && !Is(kMandativeWord, sv.lower[v]) &&
          !Is(kFactVerb, sv.lower[v])) {
        return MandativeScan(sv, v, end);
      }
      // "insists he'll need Congress to ...", "insisted they'd won": a contracted "will" or
      // "would" (or "had") ends the subject; the clause forecasts or states.
      if (ContractedAuxiliary(sv.lower[v - 1])) return false;
      // "insisted that he \"didn't criticize\" her": a quotation that opens at the verb.
      while (v + 1 < end && IsQuote(sv.words[v])) ++v;
      if (v + 1 < end && HasEnding(sv.lower[v], kAdverbEnding)) ++v;
      // "insisted she never intervened": past a negation to the verb ("that Israel not build" is
      // a mandative all the same).
      if (v + 1 < end && Is(kNegationWord, sv.lower[v])) ++v;
      const std::string& w = sv.lower[v];
      // "insisted Beijing wants to talk": a verb of state in -s states a fact, with "to" too.
      if (w == sv.words[v] && w.size() > 3 && w.back() == 's' && Is(kStativeVerb, w) && v + 1 < end &&
          Is(kInfinitiveMarker, sv.lower[v + 1]))
        return false;
      // "has to", "have to": an obligation, not a fact.
      if (Is(kMandativeWord, w) || (v + 1 < end && Is(kInfinitiveMarker, sv.lower[v + 1]))) return true;
      if (Is(kFactVerb, w) || HasEnding(w, kNegationEnding, 0)) return false;
      // "insisted that Israel would pay", "... that Iran could not enrich": a modal of the
      // indicative forecasts or states ability ("must", "should", "shall" ask: above).
      if (Is(kRejectModalBlock, w)) return false;
      // ... also when the actor only modifies the subject: "that any U.S. military strike would be
      // limited" (up to three lower-case words before the modal).
      for (int h = v; h < end && h < v + 3 && sv.words[h] == sv.lower[h] && !Is(kMandativeWord, sv.lower[h]); ++h) {
        if (h + 1 < end && Is(kRejectModalBlock, sv.lower[h + 1]) && !Is(kMandativeWord, sv.lower[h + 1])) return false;
      }
      if (IsPossessive(sv.words[v]) && a->pronoun) return false;  // "insisting that he's not trying"
      // "insisted that Netanyahu's the one at fault": "'s" before a determiner is "is".
      if (IsPossessive(sv.words[v]) && v + 1 < end && IsDeterminer(res_, sv.lower[v + 1])) return false;
      // "insisting that Clinton knows more than ...", "insisted Washington sees no threat": a
      // verb of state in -s after the actor states a fact ("insists the EC lowers its tariffs"
      // still asks for an act).
      if (w == sv.words[v] && w.size() > 3 && w.back() == 's' && Is(kStativeVerb, w)) return false;
      // "insisting that the ISIS caliphate is now defeated": the actor only modifies the subject.
      if (v + 1 < end && w == sv.words[v] && Is(kFactVerb, sv.lower[v + 1])) return false;
      return !(w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0);  // "insisted Israel violated ..."
    }
    return MandativeScan(sv, start, end);
  }

  // A headline: the sentence does not end in a mark of punctuation (past closing quotation
  // marks and brackets).
  static bool Headline(const SentenceView& sv) {
    for (int k = static_cast<int>(sv.words.size()) - 1; k >= 0; --k) {
      const std::string& w = sv.words[k];
      if (IsQuote(w) || w == ")") continue;
      return !w.empty() && std::isalnum(static_cast<unsigned char>(w.back()));
    }
    return false;
  }

  // "he'll", "they’d": a word that ends in a contracted will, would or had.
  static bool ContractedAuxiliary(std::string_view w) {
    return w.ends_with("'ll") || w.ends_with("\xE2\x80\x99" "ll") || w.ends_with("'d") || w.ends_with("\xE2\x80\x99" "d");
  }

  // MandativeClause for a clause from `start` whose verb is not the word after an actor
  // subject: the first word that marks the mood decides (default: mandative).
  bool MandativeScan(const SentenceView& sv, int start, int end) const {
    // Past an aside between dashes or commas ("good lawyers -- such as his counsel Roy Cohn --
    // never did"): up to 16 words.
    for (int j = start; j < end && j < start + 24; ++j) {
      const std::string& w = sv.lower[j];
      // "insisted not every crisis in the world requires a military response": a verb in -s
      // before its object is indicative, a statement (a mandative takes the bare verb).
      if (j > start + 1 && PresentThirdPerson(sv, j, end) && sv.lower[j - 1] == sv.words[j - 1] &&
          !IsDeterminer(res_, sv.lower[j - 1]) && !IsPreposition(res_, sv.lower[j - 1]) &&
          !HasEnding(sv.lower[j - 1], kAdjectiveEnding) && !Is(kCoordinator, sv.lower[j - 1]))
        return false;
      // "insisted that any strike would be limited": "be" after a modal of the indicative
      // (would, will, could, may, can: class reject_modal_block) is a forecast, no subjunctive.
      if (w == sv.words[j] && Is(kMandativeWord, w) && j > start && !Is(kMandativeWord, sv.lower[j - 1]) &&
          Is(kRejectModalBlock, sv.lower[j - 1]))
        return false;
      if (Is(kMandativeWord, w)) return true;
      if (ContractedAuxiliary(w)) return false;
      // A clause with its copula left out, as headlines write it, states: "insists debt relief
      // not on the table" (a negation before a preposition or determiner, where "that Israel
      // not build" negates a bare verb), "insists threat from climate change just as serious as
      // terrorism" (in a headline, "as" + a word + "as").
      if (Is(kNegationWord, w) && j + 1 < end && (IsPreposition(res_, sv.lower[j + 1]) || IsDeterminer(res_, sv.lower[j + 1])))
        return false;
      if (j + 2 < end && Is(kAsWord, w) && Is(kAsWord, sv.lower[j + 2]) && sv.lower[j + 1] == sv.words[j + 1] &&
          !Is(kAsContinuer, sv.lower[j + 1]) && Headline(sv))
        return false;
      if (j + 1 < end && Is(kFactVerb, w) && Is(kInfinitiveMarker, sv.lower[j + 1])) {
        // "is to release" asks, unless the subject is what something is for ("the aim of the
        // talks was to ..."): then the clause says what the aim was.
        for (int h = start; h < j; ++h) {
          if (Is(kPurposeNoun, sv.lower[h])) return false;
        }
        return true;
      }
      if (Is(kFactVerb, w) || HasEnding(w, kNegationEnding, 0)) return false;
      // A regular past after the subject's words: "insisted its troops never crossed ...", "insist
      // they acted with restraint".
      if ((j > start + 1 || (j == start + 1 && Is(kSelfPronoun, sv.lower[start]))) && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && w == sv.words[j] &&
          !IsDeterminer(res_, sv.lower[j - 1]) && !IsPreposition(res_, sv.lower[j - 1]))
        return false;
    }
    return true;
  }

  // "If more Democrats — or, critically, Republicans — join Schiff in calling for Flynn to step
  // down, Trump could ...", "If Japan joins Seoul in demanding sanctions, ...": a trigger inside a
  // condition that opens the sentence asserts nothing. The condition runs to the first comma
  // outside an aside between dashes.
  bool InOpeningCondition(const SentenceView& sv, int i) const {
    int k = 0;
    while (k < i && IsQuote(sv.words[k])) ++k;
    if (k >= i || !Is(kConditionWord, sv.lower[k])) return false;
    bool aside = false;
    for (++k; k < i; ++k) {
      if (Is(kAsideMark, sv.words[k])) {
        aside = !aside;
      } else if (!aside && Is(kConditionBoundary, sv.lower[k])) {
        return false;
      }
    }
    return true;
  }

  // "If the talks fail, Europe would seek new sanctions", "Otherwise, its neighbours will push
  // for ...": a verb with a modal (class reject_modal_block: would, will, could ...) in the main
  // clause after a condition that opens the sentence (or after "otherwise": class
  // frame_consequence_adverb) is a consequence only supposed, not a demand made.
  bool ConditionConsequence(const SentenceView& sv, int i) const {
    int k = 0;
    while (k < i && IsQuote(sv.words[k])) ++k;
    if (k >= i) return false;
    if (Is(kConditionWord, sv.lower[k])) {
      bool past = false;  // past the condition's end
      for (int j = k + 1; j < i && !past; ++j) past = Is(kConditionBoundary, sv.lower[j]);
      if (!past) return false;
    } else if (!Is(kConsequenceAdverb, sv.lower[k])) {
      return false;
    }
    for (int j = i - 1; j > k && j >= i - 3; --j) {
      const std::string& w = sv.lower[j];
      if (Is(kRejectModalBlock, w) || ContractedAuxiliary(w)) return true;
      if (Is(kConditionBoundary, w) || Is(kBlockBoundary, w)) break;
    }
    return false;
  }

  // "Navarrete said the migrants had asked for help", "Ankara said the protesters demanded new
  // elections": a reported clause whose subject is a common noun phrase right before the verb
  // group; the speaker before the speech verb is not the one who asks.
  bool ReportedCommonSubject(const SentenceView& sv, int trigger, const Mention* maker) const {
    const int k = BeforeVerbGroup(sv, trigger);  // the subject's head noun
    if (k < 2 || k <= maker->last || sv.lower[k] != sv.words[k] || IsActor(sv.ActorAt(k)) ||
        IsDeterminer(res_, sv.lower[k]) || IsPreposition(res_, sv.lower[k]) || Is(kCoordinator, sv.lower[k]) ||
        Is(kRelativePronoun, sv.lower[k]) || Is(kComplementizer, sv.lower[k]) || Is(kObjectPronoun, sv.lower[k]))
      return false;
    int d = k - 1;
    if (d > maker->last && sv.lower[d] == sv.words[d] && !IsDeterminer(res_, sv.lower[d]) && !sv.MentionAt(d)) --d;  // an adjective
    if (d <= maker->last || !IsDeterminer(res_, sv.lower[d])) return false;
    int s = d - 1;
    if (s > maker->last && Is(kComplementizer, sv.lower[s])) --s;
    return s >= maker->last && Is(kSpeechVerb, sv.lower[s]);
  }

  // A noun phrase that names no actor, then "to" and a verb, from token `start`: "the
  // administration to submit", "his supporters to go out", "all foreign visitors to leave",
  // "Europe to make changes", "the political leadership not to compromise". Returns the token
  // where the content starts (the verb, or "not"), or -1. Not "a ceasefire to allow aid in"
  // (an indefinite object is what is urged, not who).
  int ObjectThenInfinitive(const SentenceView& sv, int start) const {
    const int n = static_cast<int>(sv.words.size());
    if (start + 2 >= n) return -1;
    const std::string& first = sv.lower[start];
    int k = start;
    if (sv.words[start] != first) {  // a capitalised word that is no actor: "Europe to"
      // "urging European leaders to ...": an adjective of no state before a people noun.
      const Mention* m = sv.MentionAt(start);
      if ((!m || (!IsActor(m) && m->last == start + 1)) && Is(kPeopleNoun, sv.lower[start + 1]) &&
          sv.lower[start + 1] == sv.words[start + 1])
        k = start + 2;
      else if (m || sv.ActorAt(start))
        return -1;
      else
        k = start + 1;
    } else if (Is(kObjectPronoun, first)) {
      // "urged them to unite": a pronoun that names no actor here (one that does is a mention;
      // one resolved to a person who acts for no one, "urged him to" of a name no list knows,
      // is asked as unnamed)
      if (IsActor(sv.ActorAt(start))) return -1;
      k = start + 1;
    } else if ((IsDeterminer(res_, first) && !Is(kIndefiniteArticle, first) && !Is(kComplementizer, first)) ||
               Is(kPossessivePronoun, first)) {
      while (k < n && (IsDeterminer(res_, sv.lower[k]) || Is(kPossessivePronoun, sv.lower[k]))) ++k;
      const int head = k;
      while (k < n && k < head + 4 && !Is(kInfinitiveMarker, sv.lower[k]) && !IsPreposition(res_, sv.lower[k]) &&
             !Is(kClauseEnd, sv.lower[k]) && !IsDeterminer(res_, sv.lower[k]) && !Is(kNegationWord, sv.lower[k]) &&
             !IsActor(sv.ActorAt(k)) && !IsQuote(sv.words[k]) && sv.words[k] != ",")
        ++k;
      if (k == head) return -1;
    } else {
      // "urged nations to reject ...", "urged other countries to copy": a plural people noun,
      // with up to two lower-case words before it.
      // ("member states to help": the last people noun of the run)
      while (k < n && k < start + 2 && sv.lower[k] == sv.words[k] && !(Is(kPeopleNoun, sv.lower[k]) && !(k + 1 < n && Is(kPeopleNoun, sv.lower[k + 1]))) &&
             !IsPreposition(res_, sv.lower[k]) && !Is(kInfinitiveMarker, sv.lower[k]) && !Is(kCoordinator, sv.lower[k]))
        ++k;
      if (k >= n || !Is(kPeopleNoun, sv.lower[k]) || sv.lower[k] != sv.words[k] || sv.MentionAt(k)) return -1;
      ++k;
    }
    return InfinitiveAfterObject(sv, k);
  }

  // "implored regional powers, such as China, and allies like South Korea and Japan to find
  // ...", "urge all partners of Ukraine, the entire world community, to be united", "urged
  // Iran, a close ally of Syria, to": an object with an aside set off by commas (an
  // apposition, or examples after a word of frame_example_marker), maybe a second object
  // after "and"/"or", then "to" and a bare verb. The object opens with an actor, a determiner
  // or possessive, or a plural noun; the aside after the first comma opens with an actor, a
  // determiner or an example marker; no token of the span is a clause word, a quotation mark,
  // a finite verb or a participle after a comma ("urged restraint, saying ..." is no object).
  // Returns where the content starts (the verb, or "not") and fills `actors` with those asked:
  // an actor that opens the object or an "and"/"or" conjunct, or follows an example marker or
  // a list of such actors; not one after another preposition ("partners of Ukraine") nor a
  // possessor ("Syria's closest ally"), nor an actor of an apposition ("a close ally of Syria").
  // Sets `*unnamed` when the object's head names no actor. Returns -1 when there is no comma
  // before "to" (the other object forms take those).
  int ObjectAsideThenInfinitive(const SentenceView& sv, int start, std::vector<const Mention*>* actors, bool* unnamed) const {
    const int n = static_cast<int>(sv.words.size());
    if (start + 4 >= n || Is(kIndefiniteArticle, sv.lower[start])) return -1;
    const Mention* head = sv.ActorAt(start);
    const bool named_head = IsActor(head) && head->first == start && !head->pronoun;
    if (!std::isalpha(static_cast<unsigned char>(sv.lower[start][0])) || IsPreposition(res_, sv.lower[start]) ||
        Is(kComplementizer, sv.lower[start]) || Is(kInfinitiveMarker, sv.lower[start]))
      return -1;
    std::vector<const Mention*> asked;
    // The head of the object ends at the first comma or example marker: an actor, or a noun
    // phrase of up to six words that opens with a determiner or possessive or ends in a plural
    // or a people noun ("regional powers", not "world order appear, like ventilators, to be").
    {
      int h = start;
      while (h < n && h < start + 7 && sv.words[h] != "," &&
             res_.classes().LongestExactAt(cls_[kExampleMarker], sv.lower, h, n) == 0)
        ++h;
      if (h == start || h >= n || h == start + 7) return -1;
      // ("neighbours of Libya, notably Egypt,": the plural may come before a prepositional phrase)
      bool plural_head = false;
      for (int c = start; c < h && !plural_head; ++c) {
        const std::string& x = sv.lower[c];
        plural_head = sv.words[c] == x && ((x.size() > 3 && x.ends_with("s") && !x.ends_with("ss")) ||
                                           Is(kPeopleNoun, x) || IsGroupNoun(res_, x));
      }
      if (!named_head && !IsDeterminer(res_, sv.lower[start]) && !Is(kPossessivePronoun, sv.lower[start]) && !plural_head)
        return -1;
    }
    int commas = 0, markers = 0;
    bool in_phrase = false;  // after a preposition in this conjunct: "Muslims in countries such as France"
    bool listing = true;  // an actor met now is asked: it opens the object or a conjunct, or follows an example marker
    const int limit = std::min(n - 1, start + 24);
    for (int k = start; k < limit;) {
      const std::string& w = sv.lower[k];
      if (Is(kInfinitiveMarker, w) || (Is(kNegationWord, w) && Is(kInfinitiveMarker, sv.lower[k + 1]))) {
        if (commas == 0 && markers == 0) return -1;
        const int verb = InfinitiveAfterObject(sv, k);
        if (verb < 0) return -1;
        *unnamed = !named_head;
        actors->assign(asked.begin(), asked.end());
        return verb;
      }
      if (Is(kPossessivePronoun, w)) {  // "his allies, like Germany and Spain,"
        ++k;
        continue;
      }
      if (const Mention* m = sv.ActorAt(k); m && m->first == k) {
        if (m->pronoun) return -1;
        const bool possessor = m->last < n && IsPossessive(sv.words[m->last]);
        if (!IsActor(m) || possessor) {
          listing = false;  // "Syria's closest ally"
        } else if (listing) {
          asked.push_back(m);
        }
        k = possessor ? m->last + 1 : m->last;
        continue;
      }
      if (w == ",") {
        if (++commas > 4 || k + 1 >= n) return -1;  // ("including France, Italy and Spain,")
        const int e = k + 1;
        const bool actor_next = IsActor(sv.ActorAt(e)) && sv.ActorAt(e)->first == e;
        const bool marker_next = res_.classes().LongestExactAt(cls_[kExampleMarker], sv.lower, e, n) > 0;
        // The aside opens with an actor, a determiner or an example marker ("urged restraint,
        // saying ..." has none); an actor after the head actor continues its list.
        if (commas == 1 && !actor_next && !marker_next && !IsDeterminer(res_, sv.lower[e])) return -1;
        if (commas == 1) listing = actor_next && named_head;
        in_phrase = false;
        ++k;
        continue;
      }
      if (int len = res_.classes().LongestExactAt(cls_[kExampleMarker], sv.lower, k, n); len > 0) {
        listing = !in_phrase;  // "such as China", "allies like Japan"
        ++markers;
        k += len;
        continue;
      }
      if (Is(kCoordinator, w)) {
        if (sv.words[k - 1] == ",") listing = true;  // ", and allies like ...": a second object
        ++k;
        continue;
      }
      if (IsPreposition(res_, w)) {
        listing = false;  // "partners of Ukraine"
        in_phrase = true;
        ++k;
        continue;
      }
      if (IsQuote(sv.words[k]) || !std::isalnum(static_cast<unsigned char>(sv.words[k][0])) || Is(kClauseEnd, w) ||
          Is(kComplementizer, w) || Is(kRelativePronoun, w) || Is(kClauseAuxiliary, w) || Is(kSpeechVerb, w) ||
          Is(kBeliefVerb, w) || FiniteVerbAt(sv, k) || (sv.words[k - 1] == "," && w.ends_with("ing")))
        return -1;
      if (!IsDeterminer(res_, w)) listing = false;  // a noun phrase that names no actor
      ++k;
    }
    return -1;
  }

  // After an object ending before token k: past time adverbs ("urged Ri on Sunday to respond"),
  // an optional negation, "to" and a bare verb. Returns where the content starts (the verb, or
  // "not"), or -1.
  int InfinitiveAfterObject(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    k = SkipTimeAdverbs(sv, k);
    const int negation = k + 1 < n && Is(kNegationWord, sv.lower[k]) ? k : -1;
    if (negation >= 0) ++k;
    if (k + 1 >= n || !Is(kInfinitiveMarker, sv.lower[k])) return -1;
    const std::string& verb = sv.lower[k + 1];
    if (verb != sv.words[k + 1] || IsDeterminer(res_, verb) || HasEnding(verb, kNounEnding)) return -1;
    return negation >= 0 ? negation : k + 1;
  }

  // "urged Mali and the rebels to ...", "urged the government and the protesters to ...",
  // "urged the warring parties and their backers to ...": two or more objects joined by a
  // coordinator or commas, each an actor or a noun phrase that names none (a determiner or
  // possessive and up to four lower-case words, or one plural, ending in a people noun of
  // frame_people_noun or a group noun), at least one of them such a noun phrase, then "to" and a
  // verb. Returns where the content starts (the verb, or "not") and fills `actors` with the
  // actors among the objects, or returns -1. (Lists of actors alone are ActorList's.)
  int CoordinatedObjectThenInfinitive(const SentenceView& sv, int start, std::vector<const Mention*>* actors) const {
    const int n = static_cast<int>(sv.words.size());
    std::vector<const Mention*> found;
    int k = start, conjuncts = 0;
    bool noun_phrase = false;
    if (k < n && Is(kPairWord, sv.lower[k])) ++k;  // "both the army and the rebels"
    for (;;) {
      int d = k;
      while (d < n && (IsDeterminer(res_, sv.lower[d]) || Is(kPossessivePronoun, sv.lower[d]))) ++d;
      if (const Mention* a = d < n ? sv.ActorAt(d) : nullptr; IsActor(a) && a->first == d) {
        found.push_back(a);
        k = a->last;
        if (a->demonym && k < n && IsGroupNoun(res_, sv.lower[k])) ++k;  // "the Malian army"
      } else {
        int e = d;
        while (e < n && e < d + 4 && sv.words[e] == sv.lower[e] && !sv.MentionAt(e) && !IsPreposition(res_, sv.lower[e]) &&
               !IsDeterminer(res_, sv.lower[e]) && !Is(kInfinitiveMarker, sv.lower[e]) && !Is(kCoordinator, sv.lower[e]) &&
               !Is(kNegationWord, sv.lower[e]) && !Is(kClauseEnd, sv.lower[e]) && !IsQuote(sv.words[e]) && sv.words[e] != ",")
          ++e;
        if (e == d) return -1;
        const std::string& head = sv.lower[e - 1];
        if (!Is(kPeopleNoun, head) && !IsGroupNoun(res_, head)) return -1;
        if (d == k && (e - d != 1 || !head.ends_with("s"))) return -1;  // without a determiner: one plural ("rebels")
        noun_phrase = true;
        k = e;
      }
      ++conjuncts;
      const int before = k;
      if (k < n && sv.words[k] == ",") ++k;
      if (k < n && Is(kCoordinator, sv.lower[k])) ++k;
      if (k == before) break;
    }
    if (conjuncts < 2 || !noun_phrase) return -1;
    const int content = InfinitiveAfterObject(sv, k);
    if (content >= 0) actors->assign(found.begin(), found.end());
    return content;
  }

  // "the people of Iraq to remain ...", "the regime in Pyongyang to ditch ...", "members of
  // Congress to redirect ...": a determiner and up to three lower-case words ending in a group
  // noun (or, with no determiner, a plural group noun), "of"/"in", an actor (list) and "to" + a bare
  // verb; returns the verb and fills `actors`, or -1. Not one's own group ("its leaders in X").
  int GroupOfActorThenInfinitive(const SentenceView& sv, int start, std::vector<const Mention*>* actors) const {
    const int n = static_cast<int>(sv.words.size());
    if (start + 4 >= n || Is(kOwnDeterminer, sv.lower[start])) return -1;
    // With no determiner, a plural group noun opens it: "urged members of Congress to ...".
    const bool determiner = IsDeterminer(res_, sv.lower[start]);
    if (!determiner && (sv.words[start] != sv.lower[start] || IsPreposition(res_, sv.lower[start]) ||
                        Is(kInfinitiveMarker, sv.lower[start]) || Is(kComplementizer, sv.lower[start])))
      return -1;
    const int first = determiner ? start + 1 : start;
    int k = first;
    while (k < n && k <= first + 2 && sv.words[k] == sv.lower[k] && !IsPreposition(res_, sv.lower[k]) &&
           !IsDeterminer(res_, sv.lower[k]) && !Is(kInfinitiveMarker, sv.lower[k]) && sv.words[k] != ",")
      ++k;
    if (k == first || k + 2 >= n || !IsGroupNoun(res_, sv.lower[k - 1])) return -1;
    if (!determiner && !sv.lower[k - 1].ends_with("s")) return -1;
    if (!Is(kGenitivePreposition, sv.lower[k]) && !Is(kOccasionPreposition, sv.lower[k])) return -1;
    std::vector<const Mention*> list;
    int after = ActorList(sv, k + 1, &list);
    if (after < 0 || list.empty() || after + 1 >= n || !Is(kInfinitiveMarker, sv.lower[after])) return -1;
    const std::string& verb = sv.lower[after + 1];
    if (verb != sv.words[after + 1] || IsDeterminer(res_, verb) || HasEnding(verb, kNounEnding)) return -1;
    actors->assign(list.begin(), list.end());
    return after + 1;
  }

  // "Venezuela's government to end ...", "Japan's foreign minister to halt ...", "Moon's
  // government not to meddle": an actor's possessive (not a pronoun's "he's"), one to three
  // lower-case words ending in a noun that names those who act for it (a group noun, a title, a
  // people noun), "to" (or "not to") and a bare verb; returns the verb (or the negation) and
  // puts the possessor in `actors`, or -1. Other nouns name no one who could be asked ("Kiev's
  // refusal to negotiate", "North Korea's program to be ...", "Cameron's successor to act").
  int PossessorObjectThenInfinitive(const SentenceView& sv, int start, std::vector<const Mention*>* actors) const {
    const int n = static_cast<int>(sv.words.size());
    int k = start;
    if (k < n && IsDeterminer(res_, sv.lower[k]) && !Is(kIndefiniteArticle, sv.lower[k])) ++k;  // "the State Department's"
    const Mention* owner = sv.ActorAt(k);
    if (!IsActor(owner) || owner->pronoun || owner->first != k || owner->last >= n || !IsPossessive(sv.words[owner->last]))
      return -1;
    int j = owner->last + 1, words = 0;
    while (j < n && words < 3 && sv.words[j] == sv.lower[j] && std::isalpha(static_cast<unsigned char>(sv.lower[j][0])) &&
           !IsDeterminer(res_, sv.lower[j]) && !IsPreposition(res_, sv.lower[j]) && !Is(kInfinitiveMarker, sv.lower[j]) &&
           !Is(kCoordinator, sv.lower[j]) && !Is(kClauseEnd, sv.lower[j]) && !Is(kNegationWord, sv.lower[j]) && !sv.MentionAt(j)) {
      ++j;
      ++words;
    }
    if (words == 0) return -1;
    const std::string& head = sv.lower[j - 1];
    if (!IsGroupNoun(res_, head) && !res_.IsTitleWordAnyCase(head) && !Is(kPeopleNoun, head)) return -1;
    const int negation = j < n && Is(kNegationWord, sv.lower[j]) ? j : -1;
    if (negation >= 0) ++j;
    if (j + 1 >= n || !Is(kInfinitiveMarker, sv.lower[j])) return -1;
    const std::string& verb = sv.lower[j + 1];
    if (verb != sv.words[j + 1] || IsDeterminer(res_, verb) || HasEnding(verb, kNounEnding)) return -1;
    actors->assign({owner});
    return negation >= 0 ? negation : j + 1;
  }

  // "young Israelis to pressure ...", "ordinary Iranians to stay calm": up to two lower-case
  // words (no determiner, preposition or clause word), a plural demonym, "to" and a bare verb;
  // returns the verb and fills `actors` with the demonym's state, or -1.
  int AdjectiveDemonymThenInfinitive(const SentenceView& sv, int start, std::vector<const Mention*>* actors) const {
    const int n = static_cast<int>(sv.words.size());
    int k = start;
    while (k < n && k < start + 2 && sv.words[k] == sv.lower[k] && std::isalpha(static_cast<unsigned char>(sv.lower[k][0])) &&
           !IsDeterminer(res_, sv.lower[k]) && !IsPreposition(res_, sv.lower[k]) && !Is(kInfinitiveMarker, sv.lower[k]) &&
           !Is(kCoordinator, sv.lower[k]) && !Is(kClauseEnd, sv.lower[k]) && !Is(kPossessivePronoun, sv.lower[k]) &&
           !sv.MentionAt(k))
      ++k;
    if (k == start || k >= n) return -1;
    const Mention* d = sv.ActorAt(k);
    if (!IsActor(d) || d->first != k || d->last != k + 1 || !PluralDemonym(sv.words[k])) return -1;
    const int to = d->last;
    if (to + 1 >= n || !Is(kInfinitiveMarker, sv.lower[to])) return -1;
    const std::string& verb = sv.lower[to + 1];
    if (verb != sv.words[to + 1] || IsDeterminer(res_, verb) || HasEnding(verb, kNounEnding)) return -1;
    actors->assign({d});
    return to + 1;
  }

  // "urged the Ukrainian troops in the city to surrender", "would require North Korea in any
  // deal to take steps", "urged him on Friday to offer ...": an object (actors, or a pronoun
  // that names one), then a prepositional adjunct of up to six words (no comma, quotation mark,
  // clause word or second actor), then "to" and a bare verb. Returns the verb and fills `actors`
  // with the object's actors, or returns -1. The adjunct is no part of the content, and an
  // actor in it is not asked.
  int ObjectAdjunctThenInfinitive(const SentenceView& sv, int start, std::vector<const Mention*>* actors) const {
    const int n = static_cast<int>(sv.words.size());
    if (start >= n || Is(kOwnDeterminer, sv.lower[start])) return -1;
    std::vector<const Mention*> list;
    int k = ActorList(sv, start, &list);
    if (k < 0) {
      // "urged him to ...": a pronoun resolved to an actor.
      const Mention* p = sv.ActorAt(start);
      if (!Is(kObjectPronoun, sv.lower[start]) || !IsActor(p) || p->first != start || p->last != start + 1) return -1;
      list = {p};
      k = start + 1;
    }
    // "urged Greek voters to ...", "the Syrian fighters near the border": a demonym's plural
    // noun names the state's people.
    if (k + 1 < n && list.back()->demonym && list.back()->last == k && sv.lower[k] == sv.words[k] && sv.lower[k].size() > 3 &&
        sv.lower[k].back() == 's' && !IsPreposition(res_, sv.lower[k]) && !Is(kClauseAuxiliary, sv.lower[k])) {
      ++k;
      if (Is(kInfinitiveMarker, sv.lower[k])) {
        const int verb = InfinitiveAfterObject(sv, k);
        if (verb >= 0) actors->assign(list.begin(), list.end());
        return verb;
      }
    }
    if (k >= n || !IsPreposition(res_, sv.lower[k]) || Is(kInfinitiveMarker, sv.lower[k]) || Is(kComplementizer, sv.lower[k]) ||
        Is(kPurposePreposition, sv.lower[k]) || Is(kAgentPreposition, sv.lower[k]))
      return -1;
    for (int c = k + 1; c < n && c <= k + 6; ++c) {
      if (Is(kInfinitiveMarker, sv.lower[c])) {
        if (c == k + 1) return -1;
        // ("told Congress in a speech not to accept ...": the content keeps its "not".)
        const int verb = InfinitiveAfterObject(sv, Is(kNegationWord, sv.lower[c - 1]) && c - 1 > k + 1 ? c - 1 : c);
        if (verb < 0) return -1;
        actors->assign(list.begin(), list.end());
        return verb;
      }
      if (sv.words[c] == "," || IsQuote(sv.words[c]) || Is(kClauseEnd, sv.lower[c]) || Is(kCoordinator, sv.lower[c]) ||
          Is(kRelativePronoun, sv.lower[c]) || Is(kClauseAuxiliary, sv.lower[c]) || IsActor(sv.ActorAt(c)))
        return -1;
    }
    return -1;
  }

  // "urged the delegates at the summit to raise ...", "urged commercial banks to lower rates",
  // "urged “all the factions involved” to lay down ...", "urged former Premier X to ...": a noun
  // phrase that no narrower reading took (opened by a determiner, a possessive, a quantifier or
  // a capitalised word, or a plural; with its modifiers, a prepositional phrase after it and
  // quotation marks around it; no comma or clause word), then "to" and a bare verb. The phrase
  // is who is asked; the content starts at the verb (or "not"). Fills `actors` with the actors
  // that head the phrase (ending at its head, before any preposition, or at a coordinator); an
  // actor inside a modifier is not asked. Returns -1 when there is none: not an indefinite
  // object ("urged an early accord to protect ..."), a mass noun with no determiner ("urged
  // restraint to avoid ..."), a head with a noun ending ("the measures to ...": what is urged),
  // or a passive ("the accord to be ratified").
  int NounPhraseThenInfinitive(const SentenceView& sv, int start, std::vector<const Mention*>* actors) const {
    const int n = static_cast<int>(sv.words.size());
    int k = start;
    if (k < n && IsQuote(sv.words[k])) ++k;
    const int first = k;
    if (k + 2 >= n || Is(kIndefiniteArticle, sv.lower[k]) || Is(kComplementizer, sv.lower[k]) ||
        IsPreposition(res_, sv.lower[k]) || Is(kCoordinator, sv.lower[k]) || Is(kNegationWord, sv.lower[k]))
      return -1;
    int head_end = -1;  // the first preposition inside the phrase
    for (; k < n && k < first + 10; ++k) {
      const std::string& w = sv.lower[k];
      // ("travellers heading to the region to avoid ...": a "to" with no bare verb after it is
      // a preposition of the phrase.)
      if ((Is(kInfinitiveMarker, w) || (k + 1 < n && Is(kNegationWord, w) && Is(kInfinitiveMarker, sv.lower[k + 1]))) &&
          InfinitiveAfterObject(sv, k) >= 0)
        break;
      if (sv.words[k] == "," || Is(kClauseEnd, w) || Is(kComplementizer, w) || Is(kRelativePronoun, w) ||
          Is(kAsideMark, sv.words[k]))
        return -1;
      if (head_end < 0 && k > first && (IsPreposition(res_, w) || Is(kInfinitiveMarker, w))) head_end = k;
    }
    if (k >= n || k == first || !(Is(kInfinitiveMarker, sv.lower[k]) || Is(kNegationWord, sv.lower[k]))) return -1;
    if (head_end < 0) head_end = k;
    int head = head_end - 1;  // the head noun, before a closing quotation mark
    while (head > first && IsQuote(sv.words[head])) --head;
    // ("the factions involved", "travellers heading to ...": past a participle after the noun.)
    if (head > first && sv.lower[head] == sv.words[head] && (sv.lower[head].ends_with("ing") || sv.lower[head].ends_with("ed")) &&
        !Is(kPurposeModifier, sv.lower[head]))
      --head;
    if (head < first) return -1;
    const std::string& h = sv.lower[head];
    if ((HasEnding(h, kNounEnding) && !Is(kPeopleNoun, h) && !IsGroupNoun(res_, h)) || Is(kPurposeModifier, h)) return -1;
    const std::string& opener = sv.lower[first];
    const bool determined = IsDeterminer(res_, opener) || Is(kPossessivePronoun, opener) || Is(kPairWord, opener) ||
                            sv.words[first] != opener;
    const bool plural = h.size() > 3 && h.back() == 's' && h[h.size() - 2] != 's' && h[h.size() - 2] != '\'';
    if (!determined && !plural && !Is(kPeopleNoun, h)) return -1;
    const int verb = InfinitiveAfterObject(sv, k);
    if (verb < 0) return -1;
    const int bare = Is(kNegationWord, sv.lower[verb]) ? verb + 2 : verb;
    if (bare >= n || Is(kPassiveAuxiliary, sv.lower[bare])) return -1;
    std::vector<const Mention*> found;
    for (int j = first; j < head_end; ++j) {
      const Mention* a = sv.ActorAt(j);
      if (!IsActor(a) || a->first != j) continue;
      // ("European NATO members": an actor before the head, a people or group noun, names them.)
      const bool owns_head = a->last == head && head + 1 == head_end && (Is(kPeopleNoun, h) || IsGroupNoun(res_, h));
      if (a->last == head_end || owns_head || (a->last < head_end && Is(kCoordinator, sv.lower[a->last]))) found.push_back(a);
      j = a->last - 1;
    }
    actors->assign(found.begin(), found.end());
    return verb;
  }

  // Whether only quotation marks and brackets stand before token i.
  static bool OpensSentence(const SentenceView& sv, int i) {
    for (int k = 0; k < i; ++k) {
      if (!IsQuote(sv.words[k]) && sv.words[k] != "(" && sv.words[k] != "[") return false;
    }
    return true;
  }

  // "When Mr. Ban asked that X wind up his speech, the Syrian official shot back": whether the
  // comma at `comma` is the first of a sentence that opens with a subordinate clause.
  bool ClosesOpeningClause(const SentenceView& sv, int comma) const {
    int s = 0;
    while (s < comma && IsQuote(sv.words[s])) ++s;
    if (s >= comma || !Is(kSubordinator, sv.lower[s])) return false;
    for (int k = s + 1; k < comma; ++k) {
      if (sv.words[k] == "," || Is(kAsideMark, sv.words[k])) return false;
    }
    return true;
  }

  bool VerbalDemand(const SentenceView& sv, int i, int len, std::string arg, bool mandative = false,
                    const std::string& maker_arg = "") {
    const bool body_maker = maker_arg == "body";
    if (NounLikeDemand(sv, i)) return false;
    // "sought out the families", "pushed back against", "pressed ahead with": a phrasal verb.
    if (i + len < static_cast<int>(sv.words.size()) && Is(kPhrasalParticle, sv.lower[i + len])) return false;
    // Not a verb: part of a name or a headline ("the Associated Press that", "Urges Restraint"),
    // or a noun after a determiner or possessor ("a request that", "its appeal for").
    const int words = static_cast<int>(sv.words.size());
    const bool capitalised = i > 0 && sv.words[i] != sv.lower[i];
    if (sv.MentionAt(i) || (capitalised && ((i + 1 < words && sv.words[i + 1] != sv.lower[i + 1]) ||
                                            (sv.words[i - 1] != sv.lower[i - 1] && !sv.ActorAt(i - 1)))))
      return false;
    // "the U.S. Court of Appeals for the 4th Circuit upheld ...": a capitalised word right
    // after a lower-case one is part of a name ("The U.S. Insists the EC ..." is a verb).
    if (capitalised && !OpensSentence(sv, i) && std::isalpha(static_cast<unsigned char>(sv.words[i - 1][0])) &&
        sv.words[i - 1] == sv.lower[i - 1])
      return false;
    // "a long-sought Middle East peace deal", "the much-demanded reform": a participle glued to
    // a word before it by a hyphen is an adjective.
    if (i > 1 && sv.words[i - 1] == "-" && sv.sentence->tokens[i - 1].begin == sv.sentence->tokens[i - 2].end &&
        sv.sentence->tokens[i].begin == sv.sentence->tokens[i - 1].end)
      return false;
    // "had denied requests for ...": a plural noun as the object of a past verb.
    if (i > 0 && sv.lower[i].back() == 's' && sv.lower[i - 1] == sv.words[i - 1] && sv.lower[i - 1].size() > 4 &&
        sv.lower[i - 1].compare(sv.lower[i - 1].size() - 2, 2, "ed") == 0 && !Is(kClauseAuxiliary, sv.lower[i - 1]))
      return false;
    // "after calls for the country to take in ...", "despite growing calls for it to stop": a
    // plural after a preposition of frame_noun_lead_preposition, or after an adjective in -ing,
    // is a noun whose maker is not named (not the actor before it: the one it asks may be; but
    // "responded with demands that ...", "joined in calls for ...": the subject's own). Not after a verb in -ing
    // ("Democrats who are sounding calls for ...").
    if (i > 0 && sv.lower[i].back() == 's' && !sv.lower[i].ends_with("ss") && sv.lower[i - 1] == sv.words[i - 1] &&
        (Is(kNounLeadPreposition, sv.lower[i - 1]) ||
         (sv.lower[i - 1].size() > 5 && sv.lower[i - 1].ends_with("ing") && !(i >= 2 && Is(kClauseAuxiliary, sv.lower[i - 2])))))
      return false;
    auto determiner_like = [&](int k) {
      return IsDeterminer(res_, sv.lower[k]) || IsPossessive(sv.words[k]) || Is(kPossessivePronoun, sv.lower[k]);
    };
    if (i > 0 && determiner_like(i - 1)) return false;
    // "a list of 12 demands that Iran must meet", "three requests for aid": a number before
    // the word in -s makes it a plural noun ("a Section 30 request for" is still framed).
    if (i > 0 && sv.lower[i].back() == 's' &&
        (NumberWord(sv.lower[i - 1]) >= 0 || std::isdigit(static_cast<unsigned char>(sv.lower[i - 1][0]))))
      return false;
    // "his final push for victory", "any extradition request for", "an Egyptian request for":
    // an adjective, a noun or a demonym between a determiner and the word.
    const bool participle = sv.lower[i].size() > 4 && sv.lower[i].compare(sv.lower[i].size() - 3, 3, "ing") == 0;
    // "Russia's government demanded", "Egypt's military called on": a past verb after a
    // possessor's body has that body for subject.
    const bool body_past = i > 1 && IsPossessive(sv.words[i - 2]) && IsGroupNoun(res_, sv.lower[i - 1]) && sv.lower[i].size() > 3 && sv.lower[i].ends_with("ed");
    // "the president urged ...", "the minister demanded ...": a person named by the title is the
    // subject ("-ent" of "president" is no adjective here).
    const Mention* titled = sv.ActorAt(i - 1);
    const bool person_before = titled && titled->type == NodeType::kPerson && titled->last == i;
    // "blamed the attack on Palestinian calls for ...": a demonym after a preposition owns a noun.
    if (i > 1 && !participle && IsPreposition(res_, sv.lower[i - 2]) && sv.MentionAt(i - 1) && sv.MentionAt(i - 1)->demonym)
      return false;
    if (i > 1 && !participle && !body_past && !person_before && determiner_like(i - 2) &&  // not "a declaration demanding that"
        ((sv.lower[i - 1] == sv.words[i - 1] &&
          (HasEnding(sv.lower[i - 1], kAdjectiveEnding) || HasEnding(sv.lower[i - 1], kNounEnding))) ||
         (sv.MentionAt(i - 1) && sv.MentionAt(i - 1)->demonym)))
      return false;
    // "White House urged to give a full account", "Iran implored to free the crew": a headline's
    // passive drops its auxiliary; a verb of the object-to frame (arg "to"; not one of
    // frame_self_infinitive_verb, "begged to be heard") in -ed right after its actor, then "to"
    // or "by". The actor is asked, not asking.
    const bool bare_passive = arg == "to" && i > 0 && i + len < words && sv.lower[i].size() > 3 && sv.lower[i].ends_with("ed") &&
                              !Is(kSelfInfinitiveVerb, sv.lower[i]) && IsActor(sv.ActorAt(i - 1)) && sv.ActorAt(i - 1)->last == i &&
                              (Is(kInfinitiveMarker, sv.lower[i + len]) || Is(kAgentPreposition, sv.lower[i + len]));
    if (bare_passive && Is(kInfinitiveMarker, sv.lower[i + len])) return false;  // no one named asks
    // "Trump begs to differ", "we beg to disagree", "I beg to report": a verb that takes "to"
    // unasked (frame_self_infinitive_verb) before a verb of a polite formula says, asks nothing.
    if (arg == "to" && Is(kSelfInfinitiveVerb, sv.lower[i]) && i + len + 1 < words && Is(kInfinitiveMarker, sv.lower[i + len]) &&
        Is(kPoliteFormulaVerb, sv.lower[i + len + 1]))
      return false;
    // "Iran was urged by the EU to release ...", "Serbia has been asked by NATO to ...": the
    // agent asks the subject.
    if (i > 0 && (Is(kPassiveAuxiliary, sv.lower[i - 1]) || bare_passive) && i + len + 1 < static_cast<int>(sv.words.size()) &&
        Is(kAgentPreposition, sv.lower[i + len])) {
      std::vector<const Mention*> agents;
      const int after = ActorList(sv, i + len + 1, &agents);
      const int n = static_cast<int>(sv.words.size());
      if (after < 0 || after + 1 >= n || !Is(kInfinitiveMarker, sv.lower[after])) return false;
      const std::string& verb = sv.lower[after + 1];
      if (verb != sv.words[after + 1] || IsDeterminer(res_, verb) || HasEnding(verb, kNounEnding)) return false;
      auto asked = Subject(sv, bare_passive ? i : i - 1);
      if (asked.empty() || Believed(sv, asked.front()->first, i)) return false;
      for (const Mention* a : asked) {
        for (const Mention* m : agents) {
          if (st_->Principal(a->key) == st_->Principal(m->key)) return false;
        }
      }
      const int end = ClauseEnd(sv, after + 1);
      if (end <= after + 1) return false;
      if (MakeDemands(sv, agents, SplitItems(sv, after + 1, end), asked, i, after + 1, RuleName("passive")).empty())
        return false;
      return true;
    }
    // "Congress will be required to lift ...": a passive asks nothing of its subject.
    if (i > 0 && Is(kPassiveAuxiliary, sv.lower[i - 1]) && sv.lower[i].size() > 2 &&
        sv.lower[i].compare(sv.lower[i].size() - 2, 2, "ed") == 0)
      return false;
    // "foreign countries seeking preferential treatment", "hard-line advisers calling for ...": a
    // participle right after a plural common noun has that noun for subject, no actor here.
    if (participle && i > 0) {
      // "of social media reports” calling for": past a closing quotation mark.
      const int p = i > 1 && IsQuote(sv.words[i - 1]) ? i - 2 : i - 1;
      const std::string& prev = sv.lower[p];
      if (((prev.size() > 3 && prev.back() == 's') || Is(kPluralNoun, prev)) && prev == sv.words[p] && !sv.MentionAt(p) &&
          !IsPreposition(res_, prev) && !Is(kCoordinator, prev) && !Is(kClauseAuxiliary, prev) &&
          !Is(kPassiveAuxiliary, prev) && !IsDeterminer(res_, prev) && !Is(kRelativePronoun, prev) &&
          !HasEnding(prev, kAdverbEnding) && !Is(kSequenceAdverb, prev) &&
          !(p > 0 && IsActor(sv.ActorAt(p - 1)) && sv.ActorAt(p - 1)->last == p))  // "the U.S. keeps insisting"
        return false;
      // "Mexicans seeking asylum in the United States", "Central Americans seeking asylum": so
      // after a plural demonym (people, not their state).
      if (const Mention* d = sv.MentionAt(p); d && d->type == NodeType::kState && d->last == p + 1 && PluralDemonym(sv.words[p]))
        return false;
    }
    if (InOpeningCondition(sv, i) || ConditionConsequence(sv, i)) return false;
    // "should extend the limits rather than seek new ones", "instead of demanding a vote": the
    // act set aside is no demand.
    if (i >= 2 && Is(kAlternativeMark, sv.lower[i - 2] + " " + sv.lower[i - 1])) return false;
    // "the United Kingdom wants the European Union to succeed": "want" + an actor + "to" is
    // the object-to frame's, not a wanted noun phrase.
    if (body_maker) {
      std::vector<const Mention*> object;
      const int after = ActorList(sv, i + len, &object);
      if (after >= 0 && after < words && Is(kInfinitiveMarker, sv.lower[after])) return false;
      // "wanted the coronavirus to spread", "wants the divorce to be as painful as possible": a
      // wish about how things turn out asks nothing ("wants the suspects to be extradited",
      // a passive, asks someone to act).
      if (int verb = ObjectThenInfinitive(sv, i + len); verb >= 0) {
        if (Is(kOutcomeVerb, sv.lower[verb])) return false;
        if (Is(kPassiveAuxiliary, sv.lower[verb]) && verb + 1 < words && !PassiveInfinitive(sv, verb)) return false;
      }
    }
    auto makers = Makers(sv, i);
    const Mention* recipient = nullptr;  // "a letter to X demanding": X
    if (!makers.empty()) MessageRecipientVerb(sv, i, &recipient);
    // "We demand that Azerbaijan lift the blockade," said Foreign Minister X: the speaker.
    if (makers.empty()) makers = QuotedSpeaker(sv, i);
    // "he would go to the U.N. Security Council soon to call for ...": the subject of the verb
    // of going.
    if (int motion = -1; makers.empty() && i >= 1 && PurposeDestination(sv, i - 1, &motion)) makers = Makers(sv, motion);
    // "HIROSHIMA, Japan — ...": the place of a dateline makes no demand; nor does the actor of
    // a hyphenated participle before the subject ("the US-backed opposition has refused").
    bool people = false;  // "Americans detained in Iran call for ...": the verb is theirs, no noun's
    const Mention* sponsor = HyphenSponsor(sv, i);  // "the U.S.-led push for": kept
    makers.erase(std::remove_if(makers.begin(), makers.end(),
                                [&](const Mention* m) {
                                  if (m == sponsor) return false;
                                  if (PeopleDemonym(sv, *m)) return people = true;
                                  return m->first < DatelinePlaceEnd(sv) || HyphenParticipleModifier(sv, *m) || StateOpponents(sv, *m) ||
                                         OutsiderGroup(sv, *m);
                                }),
                 makers.end());
    if (makers.empty()) return people;
    if (ReportedCommonSubject(sv, i, makers.front())) return false;
    // maker=body: only a state or organisation named as such ("Hamas wants an end to ..."), not
    // a person's or a pronoun's wish ("Trump wants a certain amount of division").
    for (const Mention* m : makers) {
      if (body_maker && (m->pronoun || m->type == NodeType::kPerson)) return false;
    }
    // maker=subject: only a finite verb right after its actor subject ("Moscow requires
    // guarantees"), not "legislation requiring ...", "talks required ...", "the material
    // required for".
    if (maker_arg == "subject") {
      int k = i - 1;
      while (k >= 0 && (HasEnding(sv.lower[k], kAdverbEnding) || Is(kClauseAuxiliary, sv.lower[k]) || Is(kTimeAdverb, sv.lower[k])))
        --k;
      if (k < 0 || makers.front()->last != k + 1 || sv.lower[i].ends_with("ing")) return false;
    }
    const int n = static_cast<int>(sv.words.size());
    int start = SkipTimeAdverbs(sv, i + len);
    // "Trump sought to play down tensions", "has sought tirelessly to redefine ...", "seeking
    // \"deliberately to provoke ...\"": an attempt, not a demand (past adverbs in -ly and quotes).
    if (arg == "-" && Is(kAttemptVerb, sv.lower[i])) {
      int t = start;
      while (t < n && (IsQuote(sv.words[t]) || (sv.lower[t] == sv.words[t] && HasEnding(sv.lower[t], kAdverbEnding)))) ++t;
      if (t < n && Is(kInfinitiveMarker, sv.lower[t])) return false;
    }
    // "sought urgently a meeting of the council", "demanded loudly that ...": a manner adverb
    // before the object or clause is no part of it.
    while (start + 1 < n && sv.lower[start] == sv.words[start] && HasEnding(sv.lower[start], kAdverbEnding) &&
           (IsDeterminer(res_, sv.lower[start + 1]) || Is(kComplementizer, sv.lower[start + 1])))
      ++start;
    std::vector<const Mention*> addressees;
    unnamed_object_ = false;
    struct ResetOnReturn {
      bool& flag;
      ~ResetOnReturn() { flag = false; }
    } reset_unnamed{unnamed_object_};
    // "ordered Menem to appear", "called on Israel to withdraw": only with an actor told to act.
    if (arg == "object-to") {
      std::vector<const Mention*> list;
      int after = ActorList(sv, start, &list);
      if (after >= 0) after = SkipTimeAdverbs(sv, after);  // "pressing Serbia for years to ..."
      // "called on the armed forces to withdraw their warning", "calls on all sides to ...": a
      // group that names no actor is asked all the same (unnamed), after a verb of the class
      // frame_unnamed_object_verb (not "told reporters to", "wants the army to").
      // A lower-case group ("the armed forces", "all sides"), not one's own ("called on their
      // supporters to take to the streets", "we call on our allies to do the same").
      bool unnamed = after < 0 && start < n && sv.words[start] == sv.lower[start] &&
                     !Is(kOwnDeterminer, sv.lower[start]) &&
                     (ObjectThenInfinitive(sv, start) >= 0 || NounPhraseThenInfinitive(sv, start, &list) >= 0);
      if (after < 0) list.clear();
      if (unnamed) {
        std::string verb = sv.lower[i];
        for (int k = i + 1; k < i + len; ++k) verb += " " + sv.lower[k];
        unnamed = Is(kUnnamedObjectVerb, verb);
      }
      // "asked Chad not to ...", "asked Chad and the rebels to ...": as after "urged" (below).
      const bool listed = after >= 0 && after < n &&
                          (Is(kInfinitiveMarker, sv.lower[after]) ||
                           (after + 1 < n && Is(kNegationWord, sv.lower[after]) && Is(kInfinitiveMarker, sv.lower[after + 1])));
      std::vector<const Mention*> mixed;
      const bool with_others = !listed && CoordinatedObjectThenInfinitive(sv, start, &mixed) >= 0 && !mixed.empty();
      // "asked the Ukrainian troops in the city to surrender": past an adjunct of the object.
      const bool adjunct = !listed && !with_others && ObjectAdjunctThenInfinitive(sv, start, &mixed) >= 0;
      // "urged Iraq's leaders to ...", "asked Cameron's successor to ...": a possessed object.
      const bool possessed = !listed && !with_others && !adjunct && PossessorObjectThenInfinitive(sv, start, &mixed) >= 0;
      // "called on Gulf states, such as Qatar, to ...": past an aside of the object.
      bool aside_unnamed = false;
      const bool aside = !listed && !with_others && !adjunct && !possessed &&
                         ObjectAsideThenInfinitive(sv, start, &mixed, &aside_unnamed) >= 0;
      if (!unnamed && !listed && !with_others && !adjunct && !possessed && !aside) return false;
      arg = "to";
      unnamed_object_ = unnamed;
    }
    // "is pressing Japan for speedy action": the actor pressed, then what is pressed for.
    if (arg == "object-for") {
      int k = start;
      while (k < n && IsDeterminer(res_, sv.lower[k])) ++k;
      const Mention* obj = sv.ActorAt(k);
      if (!IsActor(obj) || obj->last + 1 >= n || !Is(kPurposePreposition, sv.lower[obj->last])) return false;
      if (DurationAt(sv, obj->last) > 0) return false;  // "pressing Turkey for months to ...".
      addressees.push_back(obj);
      start = obj->last + 1;
      arg = "for";
    }
    // "urged NATO to ...": the object is the addressee.
    bool told_to = false;  // "urged A to VERB ...": A is asked; "from X" after belongs to VERB
    // "Congress requires the president to certify ...", "would require North Korea in any deal
    // to take steps": a direct object and "to" + a verb; the object is asked, the content
    // starts at the verb.
    if (arg == "-") {
      std::vector<const Mention*> list;
      int verb = -1;
      if (int after = ActorList(sv, start, &list); after >= 0) verb = InfinitiveAfterObject(sv, after);
      if (verb < 0) {
        list.clear();
        verb = ObjectAdjunctThenInfinitive(sv, start, &list);
      }
      // "Congress requires the president to certify ...": a person's title or a group that
      // names no actor here is asked all the same (unnamed).
      if (verb < 0 && start < n && IsDeterminer(res_, sv.lower[start]) && !Is(kIndefiniteArticle, sv.lower[start]) &&
          !Is(kOwnDeterminer, sv.lower[start]) && start + 1 < n && sv.lower[start + 1] == sv.words[start + 1] &&
          (IsGroupNoun(res_, sv.lower[start + 1]) || Is(kPeopleNoun, sv.lower[start + 1]) ||
           res_.IsTitleWordAnyCase(sv.lower[start + 1]))) {
        verb = InfinitiveAfterObject(sv, start + 2);
        // ("the president" that names a person here is that person.)
        const Mention* named = sv.ActorAt(start + 1);
        if (verb >= 0 && IsActor(named) && named->last == start + 2)
          addressees.push_back(named);
        else if (verb >= 0)
          unnamed_object_ = true;
        told_to = verb >= 0;
      }
      if (verb >= 0) {
        addressees.insert(addressees.end(), list.begin(), list.end());
        told_to = true;
        start = verb;
      }
    }
    // (urging "the international community to unite ...": past a quotation mark that opens the
    // object.)
    if (arg == "to" && start + 1 < n && IsQuote(sv.words[start]) && !IsQuote(sv.words[start + 1]) &&
        !IsActor(sv.ActorAt(start)) && ObjectThenInfinitive(sv, start + 1) >= 0)
      ++start;
    if (arg == "to") {
      std::vector<const Mention*> list;
      int after = ActorList(sv, start, &list);
      if (after >= 0) after = SkipTimeAdverbs(sv, after);  // "urged Russia on Sunday to ..."
      std::vector<const Mention*> mixed;
      // "urged Chad not to attack civilians": the content starts at the negation.
      const bool negated = after >= 0 && after + 1 < n && Is(kNegationWord, sv.lower[after]) &&
                           Is(kInfinitiveMarker, sv.lower[after + 1]);
      if (after >= 0 && after < n && (negated || Is(kInfinitiveMarker, sv.lower[after]))) {
        addressees.insert(addressees.end(), list.begin(), list.end());  // "urged A and B to"
        start = negated ? after : after + 1;
        told_to = !list.empty();
      } else if (int mixed_verb = CoordinatedObjectThenInfinitive(sv, start, &mixed); mixed_verb >= 0) {
        // "urged Mali and the rebels to respect the truce": the actors named are asked, and
        // the others with them (unnamed); the content starts at the verb.
        addressees.insert(addressees.end(), mixed.begin(), mixed.end());
        told_to = true;
        unnamed_object_ = true;
        start = mixed_verb;
      } else if (int adjunct_verb = ObjectAdjunctThenInfinitive(sv, start, &mixed); adjunct_verb >= 0) {
        // "urged the Ukrainian troops in the city to surrender": past an adjunct of the object.
        addressees.insert(addressees.end(), mixed.begin(), mixed.end());
        told_to = true;
        start = adjunct_verb;
      } else if (int possessed_verb = PossessorObjectThenInfinitive(sv, start, &mixed); possessed_verb >= 0) {
        // "urged Iraq's leaders to engage", "called on Venezuela's military to back": those
        // who act for the possessor are asked.
        addressees.insert(addressees.end(), mixed.begin(), mixed.end());
        told_to = true;
        start = possessed_verb;
      } else if (bool aside_unnamed = false;
                 (adjunct_verb = ObjectAsideThenInfinitive(sv, start, &mixed, &aside_unnamed)) >= 0) {
        // "implored regional powers, such as China, and allies like Japan to find ...": past
        // an aside of the object; the actors named as the object or as its examples are asked.
        addressees.insert(addressees.end(), mixed.begin(), mixed.end());
        told_to = !mixed.empty();
        unnamed_object_ = aside_unnamed;
        start = adjunct_verb;
      } else if (after >= 0) {
        return false;  // "urged X" without content
      } else if (int verb = AdjectiveDemonymThenInfinitive(sv, start, &list); verb >= 0) {
        // "urging young Israelis to pressure their leaders": the people of the state are asked.
        addressees.insert(addressees.end(), list.begin(), list.end());
        told_to = true;
        start = verb;
      } else if (int group_verb = GroupOfActorThenInfinitive(sv, start, &list); group_verb >= 0) {
        // "urged the people of Iraq to remain calm", "urged the regime in Pyongyang to ditch its
        // program": the actor the group belongs to is asked; the content starts at the verb.
        addressees.insert(addressees.end(), list.begin(), list.end());
        told_to = true;
        start = group_verb;
      } else if (int object_verb = ObjectThenInfinitive(sv, start); object_verb >= 0) {
        // "urged his supporters to go out", "urged the international community to do more",
        // "urged Europe to make changes": an object that names no actor is asked all the same
        // (unnamed); the content starts at its verb ("not to compromise": at the negation). An
        // actor inside the content is not asked ("urged member countries to cut ties with X").
        start = object_verb;
        unnamed_object_ = true;
      } else if (int phrase_verb = NounPhraseThenInfinitive(sv, start, &list); phrase_verb >= 0) {
        // "urged the delegates at the summit to raise ...", "urged commercial banks to lower
        // rates": a wider noun phrase is asked all the same; the content starts at its verb.
        addressees.insert(addressees.end(), list.begin(), list.end());
        told_to = !list.empty();
        unnamed_object_ = list.empty();
        start = phrase_verb;
      }
    }
    // "demanded in its statement on Monday for the names to be published": an adjunct between
    // the verb and "for" is no content; what "for" governs is (in the for frame). An adjunct with
    // no clause or "for" after it leaves no content: no demand ("demanded in his speech",
    // "insist upon X" when the on frame took nothing, "demanded of a reporter who ..."), nor
    // does "seek for" ("the land they seek for a state": the thing sought stands before).
    // (Not after a fronted object, "what Russia will seek in talks with X", resolved below; nor
    // before an agent, "the price demanded by ...", read as it was.)
    if ((arg == "that" || arg == "-") && start < n && IsPreposition(res_, sv.lower[start]) &&
        !Is(kComplementizer, sv.lower[start]) && !Is(kInfinitiveMarker, sv.lower[start]) &&
        !Is(kAgentPreposition, sv.lower[start]) && !FrontedWhatObject(sv, i)) {
      int governed = -1;
      bool clause_after = false;
      for (int k = start + 1; k < n && k <= start + 10; ++k) {
        if (Is(kComplementizer, sv.lower[k])) {
          clause_after = true;
          break;
        }
        if (sv.words[k] == "," || IsQuote(sv.words[k]) || Is(kClauseEnd, sv.lower[k])) break;
        if (Is(kPurposePreposition, sv.lower[k])) {
          governed = k;
          break;
        }
      }
      if (Is(kPurposePreposition, sv.lower[start])) governed = start;
      // Only "for" + a subject + "to" + a verb is what is demanded; "the money he sought from
      // Congress for the wall", "the land they seek for a state" say what the thing (before the
      // verb) is for.
      if (!clause_after && governed >= 0) {
        bool infinitive = false;
        for (int k = governed + 2; k < n && k <= governed + 8 && !infinitive; ++k) {
          if (sv.words[k] == "," || Is(kClauseEnd, sv.lower[k])) break;
          infinitive = Is(kInfinitiveMarker, sv.lower[k]) && k + 1 < n && sv.words[k + 1] == sv.lower[k + 1];
        }
        if (!infinitive) governed = -1;
      }
      if (!clause_after && governed < 0) return false;
      if (!clause_after) {
        start = governed + 1;
        arg = "for";
      }
    }
    if (arg == "for") {
      // "the time they are asking for to study it", "what Chile pressed for, it got", "what
      // Mr. Putin asks for and what he offers": a preposition whose object stands before the
      // verb (a relative clause or a fronted object) leaves no content after it.
      if (start < n && (Is(kInfinitiveMarker, sv.lower[start]) || Is(kClauseEnd, sv.lower[start]) || sv.words[start] == "," ||
                        Is(kCoordinator, sv.lower[start])))
        return false;
      int end = ClauseEnd(sv, start);
      const int before = start;
      start = ForActorTo(sv, start, end, &addressees);
      // "called for countries to further isolate North Korea": a group that names no actor is
      // asked (unnamed); an actor inside the content is not.
      if (start == before) start = ForPeopleTo(sv, start);
      if (start != before && addressees.empty()) unnamed_object_ = true;
      // "called for the people of Iraq to remain calm": the actor the group belongs to is asked.
      std::vector<const Mention*> list;
      if (start == before) {
        if (int verb = GroupOfActorThenInfinitive(sv, start, &list); verb >= 0) {
          addressees.insert(addressees.end(), list.begin(), list.end());
          start = verb;
        } else if (verb = ObjectAdjunctThenInfinitive(sv, start, &list); verb >= 0) {
          // "calling for the Ukrainian troops in the city to surrender".
          addressees.insert(addressees.end(), list.begin(), list.end());
          start = verb;
        }
      }
    }
    // "some officials openly want Trump to win": a wish about an outcome asks nothing.
    if (start > 0 && start < n && Is(kInfinitiveMarker, sv.lower[start - 1]) && Is(kOutcomeVerb, sv.lower[start])) return false;
    // "insisted in his interview with The Forward that ...", "demanded in a telephone call with
    // X that ...": a prepositional adjunct between the verb and "that" is no content; the
    // clause is.
    if ((arg == "that" || arg == "-") && start < n && IsPreposition(res_, sv.lower[start]) &&
        !Is(kComplementizer, sv.lower[start])) {
      for (int k = start + 1; k < n && k <= start + 10; ++k) {
        if (sv.words[k] == "," || IsQuote(sv.words[k]) || (Is(kClauseEnd, sv.lower[k]) && !Is(kComplementizer, sv.lower[k]))) break;
        if (Is(kComplementizer, sv.lower[k])) {
          start = k;
          break;
        }
      }
    }
    // "“We must keep the port open,” insisted Senator X": a finite verb right after a quotation
    // that ends in a comma (or ? !) is the quotation's speech tag; the speaker follows it, no
    // clause (", demanding that ..." after a quotation is a participle with its clause).
    if ((arg == "that" || arg == "-") && i >= 2 && IsQuote(sv.words[i - 1]) &&
        (sv.words[i - 2] == "," || sv.words[i - 2] == "?" || sv.words[i - 2] == "!") &&
        !sv.lower[i].ends_with("ing") && !(start < n && Is(kComplementizer, sv.lower[start])))
      return false;
    bool clause = start < n && Is(kComplementizer, sv.lower[start]);
    // "insisted on Saturday that she had not reversed course": "insist on" with a clause is a
    // demand only when the clause is mandative.
    if (clause && arg == "on") mandative = true;
    if (!clause && arg == "that") {  // "insists the EC complies": a that-clause without "that"
      int k = start;
      while (k < n && IsDeterminer(res_, sv.lower[k])) ++k;
      const Mention* a = sv.ActorAt(k);
      clause = IsActor(a) && a->last < n && sv.lower[a->last] == sv.words[a->last] && !IsPreposition(res_, sv.lower[a->last]);
      if (clause) --start;  // no "that" to skip
    }
    int subject_end = -1;  // after the clause's subject list, when it names two or more
    if (clause) {
      ++start;
      const std::size_t before = addressees.size();
      subject_end = ActorList(sv, start, &addressees);  // "demanded that Israel and Egypt lift ..."
      if (addressees.size() < before + 2) subject_end = -1;
    }
    // "demanded to hear from X", "have demanded to know the details": an infinitive right
    // after the verb is the act asked; the content starts at its verb, as after "urged Y to".
    if (arg == "-" && !clause && start + 1 < n && Is(kInfinitiveMarker, sv.lower[start]) &&
        sv.lower[start + 1] == sv.words[start + 1] && std::isalpha(static_cast<unsigned char>(sv.lower[start + 1][0])) &&
        !IsDeterminer(res_, sv.lower[start + 1]) && !sv.MentionAt(start + 1))
      ++start;
    // "do what the secretary of state demands — especially when ...": no content after the verb.
    if (start < n && (Is(kAsideMark, sv.words[start]) || DashAt(sv, start) > 0)) return false;
    // "demanded that Morocco, Algeria and Tunisia stop the boats": the clause ends after the
    // verb, not at a comma of its subject list.
    int end = ClauseEnd(sv, subject_end > start && sv.words[subject_end - 1] != "," ? subject_end : start);
    if (end < subject_end) end = ClauseEnd(sv, start);
    if (mandative && !MandativeClause(sv, start, end)) return false;
    // "demanded that Somalia, its neighbour, withdraw the claim", "that Iran, like other
    // signatories, return to ...": an aside between the clause's subject and its verb is no
    // part of the content; the subject heads each item instead.
    std::string subject_head;
    if (clause && !addressees.empty()) {
      if (int verb = AfterSubjectAside(sv, addressees.back()->last); verb > 0) {
        const auto& toks = sv.sentence->tokens;
        subject_head = std::string(std::string_view(st_->doc.text).substr(toks[start].begin, toks[addressees.back()->last - 1].end - toks[start].begin));
        start = verb;
        end = ClauseEnd(sv, start);
      }
    }
    // Possessive at the head of the content: "NATO's refusal" -> addressee NATO.
    {
      int k = start;
      while (k < end && IsDeterminer(res_, sv.lower[k])) ++k;
      const Mention* a = sv.ActorAt(k);
      if (IsActor(a) && a->last < end && IsPossessive(sv.words[a->last]))
        addressees.push_back(a);
    }
    // "urged Turkey to buy missiles from Moscow", "urged North Korea to engage in talks with the
    // United States": the adjunct belongs to the verb asked for, not to the demand.
    if (!told_to)
      for (const Mention* a : AdjunctAddressees(sv, end)) addressees.push_back(a);
    if (addressees.empty()) {
      if (const Mention* told = ToldAddressee(sv, makers)) addressees.push_back(told);
    }
    if (addressees.empty() && i >= 1) {
      if (const Mention* dest = PurposeDestination(sv, i - 1)) addressees.push_back(dest);
    }
    // "called on the United States to change ... and demanded relief from sanctions": a demand
    // verb coordinated with the one before it in the sentence asks the same actors, unless its
    // content names an actor of its own.
    if (addressees.empty() && !last_addressees_.empty() && last_sentence_ == sv.index && last_trigger_ < i) {
      int k = BeforeVerbGroup(sv, i);
      bool names_actor = false;
      for (int t = start; t < end && !names_actor; ++t) names_actor = IsActor(sv.ActorAt(t));
      if (k >= 1 && k > last_trigger_ && Is(kCoordinator, sv.lower[k]) && !names_actor) addressees = last_addressees_;
    }
    // "would not reveal what the PM has asked for at this stage", "what Beijing is seeking in
    // return": the object is the fronted "what" (resolved below); a phrase the verb governs
    // with a preposition is an adjunct, no content.
    if (end > start && FrontedWhatObject(sv, i) &&
        (IsPreposition(res_, sv.lower[start]) || (start > i + len && IsPreposition(res_, sv.lower[start - 1]))))
      end = start;
    if (end <= start) {
      // Anaphoric content: "This is exactly what Russia will seek in negotiations with X".
      bool anaphoric = false;
      for (int k = std::max(0, i - 8); k < i; ++k) anaphoric = anaphoric || Is(kAnaphoricContent, sv.lower[k]);
      if (!anaphoric) return false;
      std::string principal = st_->Principal(makers[0]->key);
      std::string prefix = "demand:" + Slug(principal.substr(principal.find(':') + 1)) + ":";
      std::vector<std::string> prev;
      for (auto it = st_->demands.rbegin(); it != st_->demands.rend(); ++it) {
        if (it->sentence >= sv.index || it->sentence < sv.index - 1) continue;
        if (it->key.rfind(prefix, 0) == 0) prev.push_back(it->key);
      }
      Evidence ev = st_->MakeEvidence(sv.index, std::max(0, i - 8), std::min(n, end + 1), RuleName("anaphoric"));
      for (const auto& key : prev) {
        for (const Mention* m : makers) AddActorEdge(m->key, Relation::kDemands, key, ev);
        for (const Mention* a : addressees) {
          if (st_->Principal(a->key) != principal) st_->AddEdge(key, Relation::kDemandsOf, a->key, ev);
        }
      }
      return !prev.empty();
    }
    auto items = SplitItems(sv, start, end);
    for (Item& it : items) {
      if (it.prefix.empty()) it.prefix = subject_head;
    }
    // "sent a letter to Barr requesting an unredacted report": the recipient is asked, unless
    // the participle names whom it asks ("asking him to ...": him).
    if (recipient && addressees.empty() && !unnamed_object_) addressees.push_back(recipient);
    if (MakeDemands(sv, makers, items, addressees, i, i + len, RuleName()).empty()) return false;
    last_sentence_ = sv.index;
    last_trigger_ = i;
    last_makers_ = makers;
    last_addressees_ = addressees;
    return true;
  }

  // "The army gave Morsi an ultimatum to resolve the crisis", "the EU issued an ultimatum to
  // Belarus to free ...": a demand noun given to someone. The maker is the subject before the
  // verb (capture "verb"), the addressee the captured "addressee", the content starts at the
  // capture "content" and runs to the end of the clause.
  void GivenDemand(const SentenceView& sv, const RuleMatch& m) {
    auto [verb, verb_end] = m.Capture("verb");
    auto [trigger, trigger_end] = m.Capture("trigger");
    auto [content, content_end] = m.Capture("content");
    auto [to_first, to_last] = m.Capture("addressee");
    if (verb < 0 || content < 0 || Blocked(sv, verb)) return;
    auto makers = Makers(sv, verb);
    if (makers.empty()) return;
    std::vector<const Mention*> addressees;
    if (to_first >= 0 && to_last > to_first) {
      if (const Mention* a = sv.ActorAt(to_first); IsActor(a)) addressees.push_back(a);
    }
    int end = ClauseEnd(sv, content);
    if (end <= content) return;
    MakeDemands(sv, makers, SplitItems(sv, content, end), addressees, verb, trigger_end, RuleName());
  }

  void NominalDemand(const SentenceView& sv, int i) {
    const int n = static_cast<int>(sv.words.size());
    // Possessor: "Putin's "ultimatum"", "Russia's demand", "Hamas’ demand".
    int k = i - 1;
    const Mention* owner = nullptr;
    if (k >= 1 && (sv.words[k] == "\xE2\x80\x99" || sv.words[k] == "'")) {
      const Mention* a = sv.ActorAt(k - 1);
      const std::string& last_word = sv.lower[k - 1];
      if (a && a->last == k && !last_word.empty() && last_word.back() == 's') owner = a;  // "Hamas’"
    }
    while (!owner && k >= 0 && IsQuote(sv.words[k])) --k;
    if (owner) {
    } else if (k >= 1 && IsPossessive(sv.words[k])) {
      owner = sv.ActorAt(k - 1);
    } else if (k >= 1 && Is(kPossessivePronoun, sv.lower[k])) {
      // "The ILO reiterated its demand that ...": the subject's own demand.
      auto subject = Makers(sv, k);
      // ("his call" is a person's: not Congress's)
      if (!subject.empty() && !subject.front()->pronoun &&
          Is(kPersonalPossessive, sv.lower[k]) == (subject.front()->type == NodeType::kPerson))
        owner = subject.front();
    } else if (k >= 0 && (!Is(kDemandAmbiguousForm, sv.lower[i]) || (sv.lower[i].back() == 's' && NounLikeDemand(sv, i)))) {
      // "French calls for access", "Israeli calls for Hamas to disarm", "U.S. demands for
      // access": an actor or its adjective right before the noun (not the singular of
      // "Chinese demand for oil").
      // A plural after a name is a verb ("Avineri calls that vision unrealistic", "Kerry calls
      // for talks"): only an adjective ("French", "Greek") makes it a noun.
      const bool plural = sv.lower[i].back() == 's';
      if (const Mention* a = sv.ActorAt(k); a && a->last == i && !a->pronoun && (!plural || a->demonym)) owner = a;
    }
    if (!owner) owner = HyphenSponsor(sv, i);  // "the French-backed call for a truce"
    if (!owner && k >= 2 && IsPossessive(sv.words[k]) && !IsActor(sv.ActorAt(k - 1))) {
      // "he reiterated the Israeli right's insistence that ...": a possessor that is no actor;
      // the subject of the verb before it voices the demand.
      int v = k - 1;
      while (v > 0 && v >= k - 4 && !IsDeterminer(res_, sv.lower[v]) && sv.words[v] != ",") --v;
      if (v >= 1 && IsDeterminer(res_, sv.lower[v]) && Is(kLightVerb, sv.lower[v - 1]) && !Blocked(sv, v - 1)) {
        auto subject = Makers(sv, v - 1);
        if (!subject.empty() && !subject.front()->pronoun) owner = subject.front();  // as for "its demand"
      }
    }
    if (!owner && k >= 0) {
      // "North Korea repeated a call for ...", "the EU renewed calls for ...": the subject of the
      // verb that voices the demand.
      int v = k;
      if (v >= 1 && IsDeterminer(res_, sv.lower[v]) && !Is(kPossessivePronoun, sv.lower[v])) --v;
      if (v < i - 1 || !IsDeterminer(res_, sv.lower[k])) {
        if (v >= 1 && Is(kLightVerb, sv.lower[v]) && !Blocked(sv, v)) {
          auto subject = Makers(sv, v);
          if (!subject.empty()) owner = subject.front();
        }
      }
    }
    int j = SkipTimeAdverbs(sv, i + 1);
    std::vector<const Mention*> addressees;
    // "calls from Moscow for ...", "demands by the EU that ...": the maker after the noun.
    if (!owner && j + 1 < n && (Is(kSourcePreposition, sv.lower[j]) || Is(kAgentPreposition, sv.lower[j]))) {
      std::vector<const Mention*> list;
      int after = ActorList(sv, j + 1, &list);
      if (after > 0 && after < n && Is(kDemandContentMark, sv.lower[after])) {
        owner = list.front();
        j = after;
      }
    }
    if (!IsActor(owner) || owner->first < DatelinePlaceEnd(sv) || StateOpponents(sv, *owner) || OutsiderGroup(sv, *owner) ||
        PeopleDemonym(sv, *owner) || Believed(sv, owner->first, i))
      return;
    // "Russia's demand of NATO that ...", "Moscow's ultimatum to Kyiv to ...": the one asked
    // after "of" or "to".
    if (j + 1 < n && (Is(kNominalAddresseePreposition, sv.lower[j]) || Is(kInfinitiveMarker, sv.lower[j]))) {
      std::vector<const Mention*> list;
      int after = ActorList(sv, j + 1, &list);
      if (after > 0 && after < n && (Is(kDemandContentMark, sv.lower[after]) || Is(kInfinitiveMarker, sv.lower[after]))) {
        addressees = list;
        j = after;
      }
    }
    // "Netanyahu's demand, in 2010, that ...": a short aside between commas.
    if (j < n && sv.words[j] == ",") {
      int close = j + 1;
      while (close < n && close <= j + 5 && sv.words[close] != "," && !Is(kClauseEnd, sv.lower[close])) ++close;
      if (close + 1 < n && close <= j + 5 && sv.words[close] == "," && Is(kDemandContentMark, sv.lower[close + 1]))
        j = close + 1;
    }
    while (j < n && (IsQuote(sv.words[j]) || sv.words[j] == ",")) ++j;
    int start = -1;
    if (j < n && Is(kDemandContentMark, sv.lower[j])) {
      start = j + 1;
    } else if (!addressees.empty() && j < n && Is(kInfinitiveMarker, sv.lower[j])) {
      start = j + 1;  // "a demand of Iraq to disarm"
    } else if (j + 1 < n && Is(kRelativePronoun, sv.lower[j]) && Is(kContentIntro, sv.lower[j + 1])) {
      start = j + 2;
    }
    if (start < 0) return;
    int end = ClauseEnd(sv, start);
    // "Obama's insistence that diplomacy has more time reflects ...": a that-clause that states
    // a fact asks for nothing (as after the verb "insist"); "Iran's demand that sanctions be
    // lifted" does.
    if (Is(kComplementizer, sv.lower[start - 1]) && !MandativeClause(sv, start, end)) return;
    if (start > 0 && Is(kPurposePreposition, sv.lower[start - 1])) {
      const int before = start;
      start = ForActorTo(sv, start, end, &addressees);
      if (start == before) start = ForPeopleTo(sv, start);
      // "its call for the government of Iran to provide ...": the actor the group belongs to.
      if (std::vector<const Mention*> list; start == before) {
        if (int verb = GroupOfActorThenInfinitive(sv, start, &list); verb >= 0) {
          addressees.insert(addressees.end(), list.begin(), list.end());
          start = verb;
        }
      }
      // "Le Pen's call for a ban on immigration is unrealistic": the main verb ends the content.
      for (int k2 = start + 1; k2 < end && !Is(kComplementizer, sv.lower[k2]); ++k2) {  // not in "guarantees that ..."
        if (Is(kFactVerb, sv.lower[k2]) && !Is(kInfinitiveMarker, sv.lower[k2 - 1])) {
          end = k2;
          break;
        }
      }
    }
    if (end <= start) return;
    for (const Mention* a : AdjunctAddressees(sv, end)) addressees.push_back(a);
    auto items = SplitItems(sv, start, end);
    MakeDemands(sv, {owner}, items, addressees, std::min(owner->first, i), i + 1, RuleName());
  }

  // "Russia said Sudan must return the helicopter": the speaker demands of the subject of
  // "must" what follows it.
  void ObligationDemand(const SentenceView& sv, int must) {
    const int n = static_cast<int>(sv.words.size());
    // "a visit may now be a must for ...": the noun.
    if (must > 0 && IsDeterminer(res_, sv.lower[must - 1])) return;
    int k = must - 1;
    while (k >= 0 && (IsGroupNoun(res_, sv.lower[k]) || IsDeterminer(res_, sv.lower[k]))) --k;
    const Mention* addressee = k >= 0 ? sv.ActorAt(k) : nullptr;
    if (!IsActor(addressee)) {
      // "said that the Sudanese government and the rebels in Darfur must": the first actor of
      // the clause (which starts after "that", a comma or the speech verb).
      for (int j = must - 1; j >= 0 && j >= must - 10 && !Is(kComplementizer, sv.lower[j]) && sv.lower[j] != "," &&
                             !Is(kSpeechVerb, sv.lower[j]);
           --j) {
        if (const Mention* a = sv.ActorAt(j)) addressee = a;
      }
    }
    if (!IsActor(addressee) && must >= 2 && Is(kReferringPronoun, sv.lower[must - 1]) &&
        Is(kComplementizer, sv.lower[must - 2])) {
      // "a reminder to Iraq that it must ...", "told Iran that it must ...": it is the one told.
      int that = must - 2;
      for (int j = that - 1; j >= 1 && j >= that - 4; --j) {
        const Mention* a = sv.ActorAt(j);
        if (a && a->last == that && Is(kToldMark, sv.lower[a->first - 1])) {
          auto makers = Makers(sv, a->first - 1);
          int end = ClauseEnd(sv, must + 1);
          if (makers.empty() || end <= must + 1) return;
          MakeDemands(sv, makers, {Item{must + 1, end, ""}}, {a}, that, must + 1,
                      RuleName());
          return;
        }
      }
    }
    if (!IsActor(addressee) || addressee->pronoun) return;
    // "told Trump that North Korean issues must be resolved peacefully": a topic, not the one
    // asked; the speaker demands it of no one named.
    const bool topic_subject = DemonymTopic(sv, *addressee);
    // "President Kagame and his Rwandan Patriotic Front must": both are asked.
    std::vector<const Mention*> asked = {addressee};
    for (;;) {
      int b = addressee->first - 1;
      while (b >= 0 && IsDeterminer(res_, sv.lower[b])) --b;
      const Mention* other = b >= 1 && Is(kCoordinator, sv.lower[b]) ? sv.ActorAt(b - 1) : nullptr;
      if (!IsActor(other) || other->pronoun) break;
      asked.push_back(other);
      addressee = other;
    }
    // "said any talks with Iran must lead to ...", "said the status of the city must be settled
    // by ...": an actor governed by a preposition inside the clause's subject is what the
    // subject is about, not the one asked; the content is the clause from the subject's first
    // word (after the speech verb or "that").
    int subject_start = -1;
    {
      int b = addressee->first - 1;
      while (b >= 0 && IsDeterminer(res_, sv.lower[b])) --b;
      if (b >= 1 && IsPreposition(res_, sv.lower[b]) && !Is(kComplementizer, sv.lower[b]) && !Is(kCoordinator, sv.lower[b])) {
        int s = b - 1;
        while (s >= 0 && s >= b - 5 && sv.words[s] != "," && !IsQuote(sv.words[s]) && !Is(kComplementizer, sv.lower[s]) &&
               !Is(kSpeechVerb, sv.lower[s]) && !sv.MentionAt(s) && !IsPreposition(res_, sv.lower[s]))
          --s;
        if (s >= 0 && s < b - 1 && (Is(kComplementizer, sv.lower[s]) || Is(kSpeechVerb, sv.lower[s]))) subject_start = s + 1;
      }
    }
    int v = (subject_start >= 0 ? subject_start : addressee->first) - 1;
    while (v >= 0 && (IsDeterminer(res_, sv.lower[v]) || Is(kComplementizer, sv.lower[v]))) --v;
    v = v >= 0 ? v : 0;
    // Allow a time adverbial between the speech verb and "that": "said on Friday that".
    int w = v;
    for (int back = 0; back < 3 && w >= 0 && !Is(kSpeechVerb, sv.lower[w]); ++back) --w;
    int start = must + 1;
    if (start < n && Is(kNegationWord, sv.lower[start])) ++start;
    // "Americans must understand well that peace with Iran ...", "Israelis must recognize that
    // the settlements ...": a verb of knowing before a that-clause (within three words) states
    // what the speaker holds true; no act is asked ("must recognize Kosovo" still asks).
    if (start < n && Is(kCognitionVerb, sv.lower[start])) {
      for (int j = start + 1; j < n && j <= start + 3; ++j) {
        if (Is(kComplementizer, sv.lower[j])) return;
      }
    }
    int end = ClauseEnd(sv, start);
    if (end <= start) return;
    std::vector<const Mention*> makers;
    if (w >= 0 && Is(kSpeechVerb, sv.lower[w])) {
      if (Blocked(sv, w)) return;
      makers = Makers(sv, w);
    } else if (subject_start >= 0) {
      return;
    } else {
      // "Russia must withdraw its troops, Germany said", "\"Sudan should return the
      // helicopter,\" Russia said": a clause that opens the sentence (or its quotation) has
      // the speaker the tag after it names.
      int b = addressee->first - 1;
      while (b >= 0 && IsDeterminer(res_, sv.lower[b])) --b;
      const bool quoted = b >= 0 && IsQuote(sv.words[b]);
      if (quoted) --b;
      if (b >= 0) return;
      // The one asked is the subject itself ("Israel", "the North Korean regime"), not a
      // possessor or modifier of it ("America's enemies", "American tax dollars").
      for (int t = addressee->last; t < must; ++t)
        if (!IsGroupNoun(res_, sv.lower[t])) return;
      const Mention* speaker = nullptr;
      if (quoted) {
        int q = end;
        while (q < n && q < end + 2 && !IsQuote(sv.words[q])) ++q;
        if (q < n && IsQuote(sv.words[q])) speaker = TagSpeaker(sv, q);
      } else if (end < n && sv.words[end] == "," && end + 1 < n && !IsQuote(sv.words[end + 1])) {
        speaker = TagSpeaker(sv, end - 1);
      }
      if (!IsActor(speaker) || speaker->pronoun) return;
      for (const Mention* a : asked)
        if (a->key == speaker->key) return;
      makers.push_back(speaker);
      w = must;
    }
    if (makers.empty()) return;
    Item item{subject_start >= 0 ? subject_start : addressee->first, end, ""};
    if (topic_subject || subject_start >= 0) asked.clear();
    // ("any interview between Trump and Mueller must have limits": the actors of the subject's
    // phrase are not asked either, so none is taken from inside the content.)
    // Not for an agent or an owner: "the hacking by Russian officers must stop" asks Russia.
    bool partner_subject = false;
    if (subject_start >= 0) {
      int b = addressee->first - 1;
      while (b >= 0 && IsDeterminer(res_, sv.lower[b])) --b;
      partner_subject = b >= 0 && !Is(kAgentPreposition, sv.lower[b]) && !Is(kGenitivePreposition, sv.lower[b]);
    }
    unnamed_object_ = partner_subject;
    MakeDemands(sv, makers, {item}, asked, w, must + 1, RuleName());
    unnamed_object_ = false;
  }

  // "Germany said there must be a ceasefire", "He added that there needs to be an
  // international investigation": the speaker demands what follows "be" (of no one named).
  // [first, last) is "must be", "needs to be" ..., right after "there".
  void ExistentialObligation(const SentenceView& sv, int first, int last) {
    const int n = static_cast<int>(sv.words.size());
    if (first < 1 || last >= n) return;
    int w = first - 2;  // before "there"
    while (w >= 0 && (Is(kComplementizer, sv.lower[w]) || Is(kTimeAdverb, sv.lower[w]) || Is(kWeekday, sv.lower[w]) ||
                      Is(kDeicticDay, sv.lower[w]) || Is(kDayPreposition, sv.lower[w]) ||
                      HasEnding(sv.lower[w], kAdverbEnding)))
      --w;
    int end = ClauseEnd(sv, last);
    if (end <= last) return;
    // "Only if this fails, then there must be another option": a condition, not a demand;
    // "there should be no doubt about ...": a warning.
    for (int k = 0; k < first; ++k) {
      if (Is(kConditionWord, sv.lower[k]) || Is(kBeliefVerb, sv.lower[k])) return;
    }
    for (int k = last; k < end && k < last + 3; ++k) {
      if (Is(kExistentialIdiom, sv.lower[k])) return;
    }
    std::vector<const Mention*> makers;
    if (w >= 0 && Is(kSpeechVerb, sv.lower[w])) {
      if (Blocked(sv, w)) return;
      makers = Makers(sv, w);
    } else {
      // "There must be accountability," Blinken said.
      int q = end;
      while (q < n && q < end + 2 && !IsQuote(sv.words[q])) ++q;
      if (q < n && IsQuote(sv.words[q])) {
        bool quoted = false;
        for (int k = 0; k < first; ++k) quoted = quoted != IsQuote(sv.words[k]);
        if (const Mention* sp = quoted ? TagSpeaker(sv, q) : nullptr) makers.push_back(sp);
      }
    }
    if (makers.empty()) return;
    int start = last;
    MakeDemands(sv, makers, SplitItems(sv, start, end), {}, first - 1, last, RuleName("existential"));
  }

  // A verb whose subject is pressed: "came under", "faces", "bowed to" (frame_pressure_under,
  // frame_pressure_yield).
  bool Pressed(const std::string& w) const { return Is(kPressureUnder, w) || Is(kPressureYield, w); }

  // "Netanyahu came under intense international pressure not to upset the talks", "Greece
  // faces pressure from Germany to cut pensions", "Washington stepped up pressure on Iran to
  // free the crew": who is pressed (the subject of "under"/"face", or "on X"), by whom ("from
  // X", "U.S. pressure", the subject of the verb before "pressure on X"; may be unstated when
  // the one pressed is the subject) and what to do (the infinitive after).
  // With `demand_noun` the trigger is a demand noun that the source phrase right after it
  // makes a noun ("Britain faces demands from France to tighten its checks", "amid calls
  // from Kurdish leaders to arm the Peshmerga"): the source asks, and when no one faces or
  // bows to the demand, no one named is asked.
  void PressureDemand(const SentenceView& sv, int i, bool demand_noun = false) {
    const int n = static_cast<int>(sv.words.size());
    std::vector<const Mention*> makers, addressees;
    int j = i + 1;
    if (demand_noun) {
      if (j + 1 >= n || !Is(kSourcePreposition, sv.lower[j]) || Is(kPhoneCallForm, sv.lower[i])) return;
      for (int t = i - 1; t >= 0 && t >= i - 3 && sv.words[t] == sv.lower[t]; --t) {
        if (Is(kUnrealDeterminer, sv.lower[t])) return;
      }
      int after = ActorList(sv, j + 1, &makers);
      if (after < 0 || makers.empty()) return;
      j = after;
      // "Israel rejected requests from Egypt to open the crossing": the rejection names the
      // demand (reject.verb), asked of the one who rejects it.
      // ("refused to yield to demands from X to ...": the refusal answers this demand, made here.)
      for (int t = i - 1; t >= 0 && t >= i - 5 && !Is(kPressureYield, sv.lower[t]); --t) {
        if (Is(kRejectVerb, sv.lower[t]) || Is(kRejectCameoVerb, sv.lower[t]) || Is(kRejectRefuseToVerb, sv.lower[t])) return;
      }
    }
    for (int adjunct = 0; adjunct < 2 && j + 1 < n; ++adjunct) {
      std::vector<const Mention*>* into = nullptr;
      if (Is(kSourcePreposition, sv.lower[j])) into = &makers;
      if (Is(kPressureTargetPreposition, sv.lower[j])) into = &addressees;
      if (!into || !into->empty()) break;
      int after = ActorList(sv, j + 1, into);
      if (after < 0) return;  // "pressure from investors", "pressure on prices"
      j = after;
    }
    if (j < n && Is(kNegationWord, sv.lower[j]) && j + 1 < n && Is(kInfinitiveMarker, sv.lower[j + 1])) ++j;  // "not to"
    if (j + 1 >= n || !Is(kInfinitiveMarker, sv.lower[j])) return;
    const std::string& verb = sv.lower[j + 1];
    if (verb != sv.words[j + 1] || IsDeterminer(res_, verb) || HasEnding(verb, kNounEnding) || sv.MentionAt(j + 1)) return;
    int start = Is(kNegationWord, sv.lower[j - 1]) ? j - 1 : j + 1;
    // Before the noun: "U.S. pressure", "Washington's pressure", adjectives ("intense
    // international", "mounting"), a determiner.
    int k = i - 1;
    int walked = 0;  // words passed between the noun and k
    for (int steps = 0; k >= 0 && steps < 4; ++steps) {
      const Mention* a = sv.ActorAt(k);
      // "U.S. pressure", "Washington's pressure": the one who presses; before it only "under",
      // "face" or a determiner may follow.
      const Mention* owner = nullptr;
      if (IsActor(a) && a->last == k + 1 && makers.empty()) owner = a;
      if (!owner && IsPossessive(sv.words[k]) && k >= 1) {
        owner = sv.ActorAt(k - 1);
        if (!IsActor(owner) || owner->last != k || !makers.empty()) return;
      }
      if (owner) {
        makers.push_back(owner);
        k = owner->first - 1;
        // "Trump ratcheted up pressure": past a verb, the owner is its subject ...
        if (walked > 0 && !(k >= 0 && Pressed(sv.lower[k]))) {
          k = i - 1;
          // ... unless someone else's belief or hope frames the clause ("analysts hope that
          // China puts enough pressure on North Korea to ...").
          if (Believed(sv, owner->first, i)) return;
        }
        break;
      }
      if (IsActor(a) && a->last == k + 1) break;
      // "Turkey faced little pressure to control its border": pressure denied, no demand.
      // (Not "a little pressure": some.)
      if (Is(kScantWord, sv.lower[k]) && !(k >= 1 && Is(kIndefiniteArticle, sv.lower[k - 1]))) return;
      if (sv.words[k] != sv.lower[k] || Is(kClauseEnd, sv.lower[k]) || sv.words[k] == ",") break;
      // (A light verb's participle right after "under" or a determiner modifies the noun: "came
      // under renewed pressure", "faces the repeated calls".)
      const bool modifier = k >= 1 && (Pressed(sv.lower[k - 1]) || IsDeterminer(res_, sv.lower[k - 1]));
      if (Pressed(sv.lower[k]) || IsPreposition(res_, sv.lower[k]) || (Is(kLightVerb, sv.lower[k]) && !modifier) ||
          Is(kModalBlock, sv.lower[k]) || Is(kClauseAuxiliary, sv.lower[k]))
        break;
      --k;
      ++walked;
    }
    int end = ClauseEnd(sv, j + 1);
    // "bowed to pressure", "yielded to U.S. pressure": the subject of the verb before "to".
    if (k >= 1 && Is(kInfinitiveMarker, sv.lower[k]) && Pressed(sv.lower[k - 1])) --k;
    if (k >= 0 && Pressed(sv.lower[k])) {
      // Not "who will face pressure to ..." (a forecast); a verb of yielding answers a demand
      // that stands ("is unlikely to accede to demands from X to ...").
      for (int b = k - 1; !Is(kPressureYield, sv.lower[k]) && b >= 0 && b >= k - 3; --b) {
        if (Is(kRejectModalBlock, sv.lower[b]) || Is(kFutureAuxiliary, sv.lower[b])) return;
      }
      // ("will not bow to pressure from X to ...", "is unlikely to accede to demands from X to
      // ...": the demand stands whatever the one pressed does.)
      if (!addressees.empty() || (!Is(kPressureYield, sv.lower[k]) && Blocked(sv, k))) return;
      addressees = Makers(sv, k);  // the one under pressure
    } else if (demand_noun && k >= 1 && IsDeterminer(res_, sv.lower[k]) && !Is(kPossessivePronoun, sv.lower[k]) &&
               sv.words[k - 1] == sv.lower[k - 1] && std::isalpha(static_cast<unsigned char>(sv.lower[k - 1][0]))) {
      // "amid the calls from X to ...", "echoed the demands from X to ...": a phrase inside
      // the clause, not its subject.
    } else if (k < 0 || (IsDeterminer(res_, sv.lower[k]) && !Is(kPossessivePronoun, sv.lower[k])) || Is(kComplementizer, sv.lower[k]) ||
               Is(kCoordinator, sv.lower[k]) || !std::isalpha(static_cast<unsigned char>(sv.lower[k][0]))) {
      // "analysts doubt that US pressure on China to do more will work", "[or] the US pressure
      // on Japan to stop buying oil is going to be ended": the phrase is a subject of what is
      // said about it, not pressure put by anyone here.
      return;
    } else {
      // "put pressure on China to ...": a verb before; its content ends at the next verb group.
      for (int t = j + 2; t < end; ++t) {
        if (Is(kClauseAuxiliary, sv.lower[t]) || Is(kModalBlock, sv.lower[t])) {
          end = t;
          break;
        }
      }
    }
    if (k >= 0 && !Pressed(sv.lower[k]) && makers.empty() && !addressees.empty()) {
      if (Blocked(sv, k + 1)) return;
      makers = Makers(sv, k + 1);  // "X stepped up pressure on Y"
      if (makers.empty()) return;
    }
    if (addressees.empty() && !demand_noun) return;
    for (const Mention* a : addressees) {
      for (const Mention* m : makers) {
        if (st_->Principal(a->key) == st_->Principal(m->key)) return;
      }
    }
    if (end <= j + 1) return;
    // ("amid a request from Russia to stay out of Syrian airspace": no one is named as asked,
    // so none is taken from inside the content.)
    unnamed_object_ = demand_noun && addressees.empty();
    MakeDemands(sv, makers, {Item{start, end, ""}}, addressees, std::max(0, k), j, RuleName());
    unnamed_object_ = false;
  }

  // "Corbyn refused to hold talks unless a no-deal Brexit was ruled out", "Iran will not
  // return to the table unless sanctions are lifted", "X said no deal was possible unless
  // ...": a condition set by the one who refuses. The maker is the subject of the negated
  // or refusing verb (an actor: "exports will not recover unless ..." is a forecast), or the
  // speaker of "no <talks|deal> ... unless"; the content is the clause after "unless".
  void ConditionDemand(const SentenceView& sv, int u) {
    // "unless its demands are met": the condition names no content of its own.
    if (u + 2 < static_cast<int>(sv.words.size()) && Is(kPossessivePronoun, sv.lower[u + 1]) &&
        Is(kDemandNoun, sv.lower[u + 2]))
      return;
    int neg = -1;
    for (int k = u - 1; k >= 0 && k >= u - 14; --k) {
      const std::string& w = sv.lower[k];
      if (w == ";" || w == ":" || Is(kConditionWord, w) || Is(kRelativePronoun, w)) break;
      if (Is(kNegationWord, w) || Is(kRejectRefuseToVerb, w) || HasEnding(w, kNegationEnding, 0) ||
          Is(kNegativeDeterminer, w) || Is(kNegativeAdverb, w)) {
        neg = k;
        break;
      }
    }
    if (neg < 0) return;
    // A belief frames a forecast: "I don't think the court will hear it unless ...".
    for (int k = 0; k < neg; ++k) {
      if (Is(kBeliefVerb, sv.lower[k]) || Is(kConditionWord, sv.lower[k])) return;
    }
    // The speech verb before, if any: "Liu told Mnuchin that China would not ...".
    int speech = -1;
    for (int k = neg - 1; k >= 0; --k) {
      if (Is(kSpeechVerb, sv.lower[k])) {
        speech = k;
        break;
      }
    }
    std::vector<const Mention*> makers;
    if (Is(kNegativeDeterminer, sv.lower[neg])) {
      // "said no positive talks were possible unless": the speaker, and only for withheld talks
      // or deals.
      bool object = false;
      for (int k = neg + 1; k < u && k <= neg + 3 && !object; ++k)
        object = Is(kConditionObject, sv.lower[k]) || res_.meeting_nouns().count(sv.lower[k]) > 0;
      int w = neg - 1;
      while (w >= 0 && (Is(kComplementizer, sv.lower[w]) || Is(kTimeAdverb, sv.lower[w]))) --w;
      if (!object || w < 0 || w != speech || Blocked(sv, w)) return;
      makers = Makers(sv, w);
    } else {
      makers = Subject(sv, neg);
      // "Iran said it would not ...", "Trump told them he wouldn't ...": a pronoun right after
      // the speech verb (and its object) is the speaker.
      const int b = BeforeVerbGroup(sv, neg);
      if (speech >= 0 && b > speech && b <= speech + 4 && Is(kSelfPronoun, sv.lower[b])) {
        bool clean = true;
        for (int k = speech + 1; k < b; ++k) clean = clean && sv.words[k] != "," && !Is(kClauseEnd, sv.lower[k]) && !Is(kBeliefVerb, sv.lower[k]);
        if (clean && !Blocked(sv, speech)) {
          makers = Makers(sv, speech);
          if (makers.empty()) return;
          for (int k = b + 1; k < neg; ++k) {
            if (Is(kComplementizer, sv.lower[k]) || Is(kBeliefVerb, sv.lower[k]) || Is(kSpeechVerb, sv.lower[k])) return;
          }
          MakeDemands(sv, makers, {Item{u + 1, ClauseEnd(sv, u + 1), ""}}, {}, neg, u + 1, RuleName());
          return;
        }
      }
      // "The US-backed opposition has refused to ... unless": the opposition, not the US.
      if (!makers.empty() && (HyphenParticipleModifier(sv, *makers.front()) || StateOpponents(sv, *makers.front()))) return;
      if (makers.empty()) return;
      if (speech < 0 || speech < makers.front()->first) {
        // No one reports it: only a refusal is a fact ("the opposition has refused to resume
        // the talks unless ..."); "X will not ... unless" is the narrator's forecast.
        if (!Is(kRejectRefuseToVerb, sv.lower[neg]) || speech > makers.front()->last) return;
      } else {
        // Reported: a condition only when the speaker is the one who refuses ("Trump told
        // them he wouldn't work with them unless"), not a third party's forecast ("the EU says
        // Britain can't have access unless", "McInnis said Obama wouldn't ... unless").
        auto speakers = Makers(sv, speech);
        if (speakers.empty() || Blocked(sv, speech)) return;
        const std::string who = st_->Principal(speakers.front()->key);
        bool same = false;
        for (const Mention* m : makers) same = same || st_->Principal(m->key) == who;
        if (!same) return;
      }
      for (int k = makers.front()->last; k < neg; ++k) {
        if (Is(kComplementizer, sv.lower[k]) || Is(kBeliefVerb, sv.lower[k]) || Is(kSpeechVerb, sv.lower[k])) return;
      }
    }
    if (makers.empty()) return;
    int start = u + 1;
    int end = ClauseEnd(sv, start);
    if (end <= start) return;
    MakeDemands(sv, makers, {Item{start, end, ""}}, {}, neg, start, RuleName());
  }

  // "the sustained dialogue sought by the United States", "the guarantees demanded by
  // Moscow": a noun phrase with a reduced passive of a demand verb; the agent demands it.
  bool SoughtByDemand(const SentenceView& sv, const RuleMatch& m) {
    auto [trigger, trigger_end] = m.Capture("trigger");
    auto [maker_first, maker_last] = m.Capture("maker");
    if (trigger < 2 || maker_first < 0) return false;
    // A noun phrase before, opened by a determiner within 8 words: "the ... dialogue".
    int start = -1;
    for (int k = trigger - 1; k >= 0 && k >= trigger - 8; --k) {
      const std::string& w = sv.lower[k];
      if (IsDeterminer(res_, w) || Is(kPossessivePronoun, w)) {
        start = k;
        break;
      }
      if (Is(kClauseEnd, w) || Is(kClauseAuxiliary, w) || Is(kPassiveAuxiliary, w) || IsPreposition(res_, w) ||
          Is(kComplementizer, w) || (w == "," && !IsQuote(sv.words[k + 1])) || sv.ActorAt(k))
        break;
    }
    if (start < 0 || start + 1 >= trigger || Is(kDegreeAdverb, sv.lower[trigger - 1])) return false;
    const Mention* maker = sv.ActorAt(maker_first);
    if (!IsActor(maker) || maker->pronoun || Believed(sv, start, trigger)) return false;
    std::vector<const Mention*> makers = {maker};
    auto keys = MakeDemands(sv, makers, {Item{start, trigger, ""}}, AdjunctAddressees(sv, maker->last), trigger,
                            maker->last, RuleName());
    return !keys.empty();
  }

  // "rejected North Korea's demand to ...", "turned down a U.S. request", "rejected an offer
  // from Afghanistan": the rejected demand or proposal named in the object, with its maker.
  bool RejectNamedProposal(const SentenceView& sv, const std::vector<const Mention*>& rejecters, int start,
                           int end) {
    int noun = -1;
    for (int k = start; k < end && k < start + 8; ++k) {
      if (Is(kRejectDemandNoun, sv.lower[k]) || Is(kRejectProposalNoun, sv.lower[k])) {
        noun = k;
        break;
      }
    }
    if (noun < 0) return false;
    // "dismissed the idea that the U.S. bears blame": a claim denied, not an offer turned down
    // (but "a suggestion that his country seek IMF help" is a proposal).
    if (Is(kRejectClaimNoun, sv.lower[noun]) && noun + 1 < static_cast<int>(sv.lower.size()) &&
        Is(kComplementizer, sv.lower[noun + 1]))
      return false;
    const Mention* maker = nullptr;
    for (int k = start; k < noun && !maker; ++k) {
      if (const Mention* a = sv.ActorAt(k); IsActor(a)) maker = a;
    }
    // "proposed Israeli changes": the maker follows the participle.
    for (int k = noun + 1; !maker && Is(kRejectMakerParticiple, sv.lower[noun]) && k < end && k <= noun + 2; ++k) {
      if (const Mention* a = sv.ActorAt(k); IsActor(a)) maker = a;
    }
    for (int k = noun + 1; !maker && k + 1 < end && k <= noun + 2; ++k) {
      if (Is(kMakerPreposition, sv.lower[k])) {
        int j = k + 1;
        while (j < end && IsDeterminer(res_, sv.lower[j])) ++j;
        if (const Mention* a = sv.ActorAt(j); IsActor(a)) maker = a;
      }
    }
    // "rejected a call for its forces to be deployed": a named request or offer whose maker
    // the sentence does not give.
    if (!maker) {
      // "rejected the plan", "turned down this demand" (across sentences): the latest demand or
      // proposal; "rejected the demand for an apology": the one whose content it repeats.
      std::set<std::string> words = ContentWords(sv, start, end, "");
      words.erase(Stem(sv.lower[noun]));
      const DemandRecord* answered = nullptr;
      if (words.empty() && noun + 1 == end) {
        // "the plan" is the latest proposal, "the demand" the latest demand (within two sentences).
        const bool proposal = Is(kRejectProposalNoun, sv.lower[noun]);
        for (auto it = st_->demands.rbegin(); it != st_->demands.rend() && it->sentence >= sv.index - 2; ++it) {
          if ((it->key.rfind("proposal:", 0) == 0) == proposal) {
            answered = &*it;
            break;
          }
        }
      } else if (!words.empty()) {
        answered = MatchingDemand(words);
      }
      if (answered) {
        RejectTarget(rejecters, answered->key,
                     st_->MakeEvidence(sv.index, std::min(rejecters.back()->first, start), end, RuleName("answered")));
        return true;
      }
      // "resisted a call (Friday) to expel U.S. diplomats", "rejected a demand for compensation":
      // what is asked is the infinitive or the object of "for", not the word "call".
      int from = start;
      if (!Is(kRejectProposalNoun, sv.lower[noun])) {
        int k = SkipTimeAdverbs(sv, noun + 1);
        // "resisted calls from some quarters to send troops", "calls by several lawmakers for
        // a vote": past who asked, when no actor names them (up to five words, no clause).
        if (k + 2 < end && Is(kMakerPreposition, sv.lower[k])) {
          int t = k + 1;
          while (t < end && t <= k + 6 && !Is(kInfinitiveMarker, sv.lower[t]) && !Is(kPurposePreposition, sv.lower[t]) &&
                 !Is(kClauseEnd, sv.lower[t]) && !Is(kComplementizer, sv.lower[t]) && sv.words[t] != "," &&
                 !Is(kClauseAuxiliary, sv.lower[t]) && !Is(kPassiveAuxiliary, sv.lower[t]))
            ++t;
          if (t > k + 1 && t + 1 < end && (Is(kInfinitiveMarker, sv.lower[t]) || Is(kPurposePreposition, sv.lower[t]))) k = t;
        }
        if (k + 1 < end && (Is(kInfinitiveMarker, sv.lower[k]) || Is(kPurposePreposition, sv.lower[k]))) from = k + 1;
      }
      return RejectRequest(sv, rejecters, from, end, std::min(rejecters.back()->first, start), RuleName("named-request"),
                           Is(kRejectProposalNoun, sv.lower[noun]));
    }
    std::string principal = st_->Principal(maker->key);
    for (const Mention* r : rejecters) {
      if (st_->Principal(r->key) == principal) return false;  // nobody rejects their own offer
    }
    Item item{start, end, ""};
    std::vector<const Mention*> makers = {maker};
    // "rebuffed calls from the Iraqi government to carry out airstrikes", "rejected Moscow's
    // demand for a buffer zone": what is asked is the infinitive or the object of "for", after
    // the noun and its maker.
    if (Is(kRejectDemandNoun, sv.lower[noun])) {
      int k = noun + 1;
      if (k < end && Is(kMakerPreposition, sv.lower[k]) && maker->first > k && maker->last <= end) {
        k = maker->last;
        // "demands from Togo and Benin to reopen the border": every actor of a list makes it.
        const int n = static_cast<int>(sv.words.size());
        std::vector<const Mention*> list;
        if (int after = ActorList(sv, maker->first, &list); after > k && list.size() > 1) {
          makers = list;
          k = after;
        }
        while (k < n && IsGroupNoun(res_, sv.lower[k])) ++k;  // "the Iraqi government"
        // "calls from Togo, Benin and some of its own deputies, to reopen the border": the list
        // of makers ends at a comma before "to" + a verb; the infinitive is what is asked.
        int comma = k;  // (the object's end may fall inside the list: "Peru, Chile and ...,")
        while (comma < n && comma < k + 8 && sv.words[comma] != "," && !Is(kClauseEnd, sv.lower[comma])) ++comma;
        if (comma + 2 < n && sv.words[comma] == "," && Is(kInfinitiveMarker, sv.lower[comma + 1]) &&
            sv.lower[comma + 2] == sv.words[comma + 2] && !IsDeterminer(res_, sv.lower[comma + 2])) {
          bool names_only = true;  // no verb of its own between the makers and the comma
          for (int t = k; t < comma && names_only; ++t)
            names_only = !Is(kClauseAuxiliary, sv.lower[t]) && !Is(kPassiveAuxiliary, sv.lower[t]) &&
                         !Is(kComplementizer, sv.lower[t]) && !Is(kRelativePronoun, sv.lower[t]) &&
                         (!IsPreposition(res_, sv.lower[t]) || Is(kGenitivePreposition, sv.lower[t]));
          if (names_only) {
            item.first = comma + 2;
            item.last = ClauseEnd(sv, comma + 2);
            end = item.last;
          }
        } else if (k > end) {
          makers = {maker};  // a list that runs past the object: only what the object names
          k = maker->last;
        }
      }
      k = SkipTimeAdverbs(sv, k);
      if (item.first == start && k + 1 < end && (Is(kInfinitiveMarker, sv.lower[k]) || Is(kPurposePreposition, sv.lower[k])))
        item.first = k + 1;
    }
    // "rebuffed the Israeli leader's demands": the object names no content; that maker's
    // latest demand, if the document has one.
    if (noun + 1 >= end && Is(kRejectDemandNoun, sv.lower[noun])) {
      for (auto it = st_->demands.rbegin(); it != st_->demands.rend(); ++it) {
        auto node = st_->nodes.find(it->key);
        if (node == st_->nodes.end() || node->second.props["maker"] != principal) continue;
        RejectTarget(rejecters, it->key,
                     st_->MakeEvidence(sv.index, std::min(rejecters.back()->first, start), end, RuleName("answered")));
        return true;
      }
    }
    if (Is(kRejectDemandNoun, sv.lower[noun])) {
      auto keys = MakeDemands(sv, makers, {item}, rejecters, start, end, RuleName("rejected-demand"));
      Evidence ev = st_->MakeEvidence(sv.index, rejecters.back()->first, end, RuleName("named-demand"));
      for (const auto& key : keys) {
        for (const Mention* m : rejecters) AddActorEdge(m->key, Relation::kRejects, key, ev);
      }
      return !keys.empty();
    }
    std::set<std::string> words = ContentWords(sv, start, end, "");
    if (words.empty()) return false;
    std::string key = ContentKey("proposal", principal, words);
    Evidence ev = st_->MakeEvidence(sv.index, std::min(rejecters.back()->first, start), end, RuleName("named-proposal"));
    UpsertNode(Node{key, NodeType::kProposal, ItemText(sv, item), {{"maker", principal}}, {ev}});
    AddActorEdge(maker->key, Relation::kProposes, key, ev);
    for (const Mention* m : rejecters) AddActorEdge(m->key, Relation::kRejects, key, ev);
    return true;
  }

  // "X offered a compromise", "X proposed talks on Y": a Proposal made by X.
  void OfferedProposal(const SentenceView& sv, int verb) {
    auto makers = Subject(sv, verb);
    const int n = static_cast<int>(sv.words.size());
    if (makers.empty() || verb + 1 >= n || !IsDeterminer(res_, sv.lower[verb + 1]) || Blocked(sv, verb)) return;
    int end = ClauseEnd(sv, verb + 1);
    // Stop before an adjunct that places the offer: "in last week's talks in Brussels".
    for (int k = verb + 2; k < end; ++k) {
      if (Is(kOccasionPreposition, sv.lower[k])) {
        end = k;
        break;
      }
    }
    Item item{verb + 1, end, ""};
    std::set<std::string> words = ContentWords(sv, item.first, item.last, "");
    if (words.empty()) return;
    std::string principal = st_->Principal(makers[0]->key);
    std::string key = ContentKey("proposal", principal, words);
    Evidence ev = st_->MakeEvidence(sv.index, makers.back()->first, end, RuleName());
    UpsertNode(Node{key, NodeType::kProposal, ItemText(sv, item), {{"maker", principal}}, {ev}});
    for (const Mention* m : makers) AddActorEdge(m->key, Relation::kProposes, key, ev);
    st_->demands.push_back({key, words, sv.index});
  }

  // The most recent demand or proposal whose content shares at least half the object's words
  // ("won't make any concessions" answers "fishing concessions"; one shared word of five does
  // not); null if none.
  const DemandRecord* MatchingDemand(const std::set<std::string>& object) const {
    if (object.empty()) return nullptr;
    std::size_t need = std::max<std::size_t>(1, (object.size() + 1) / 2);
    for (auto it = st_->demands.rbegin(); it != st_->demands.rend(); ++it) {
      std::size_t shared = 0;
      for (const auto& w : object) shared += it->content.count(w);
      if (shared >= need) return &*it;
    }
    return nullptr;
  }

  // Each rejecter rejects the demand or proposal `key`, unless it is its own.
  void RejectTarget(const std::vector<const Mention*>& rejecters, const std::string& key, const Evidence& ev) {
    auto node = st_->nodes.find(key);
    for (const Mention* m : rejecters) {
      if (node != st_->nodes.end() && node->second.props["maker"] == st_->Principal(m->key)) continue;
      AddActorEdge(m->key, Relation::kRejects, key, ev);
    }
  }

  // "Syria's rebels", "the Egyptian opposition", "Iranian protesters": a state's name or demonym
  // before a group that stands against its government (class frame_state_opponent_noun) names
  // that group, not the state: no maker.
  bool StateOpponents(const SentenceView& sv, const Mention& m) const {
    const int n = static_cast<int>(sv.words.size());
    if (m.type != NodeType::kState) return false;
    int k = m.last;
    if (k < n && IsPossessive(sv.words[k])) ++k;
    return k < n && Is(kStateOpponentNoun, sv.lower[k]);
  }

  // "the Chinese people demand ...", "Russian citizens called for ...", "Venezuelans demanded
  // new elections": a nation's people (a demonym before a noun of frame_nation_people_noun, or a bare
  // plural demonym) speak for themselves, not for their state's government. "The Israelis
  // insist ...", "the Soviets demanded ...", with the article, name the state as a party.
  bool PeopleDemonym(const SentenceView& sv, const Mention& m) const {
    const int n = static_cast<int>(sv.words.size());
    if (m.type != NodeType::kState || m.pronoun) return false;
    // "... matter most to Ukrainians, who want ...": the antecedent of a relative clause stays
    // the nation's (RelativeAntecedent).
    if (int k = m.last + (m.last < n && sv.words[m.last] == "," ? 1 : 0); k < n && Is(kRelativePronoun, sv.lower[k])) return false;
    if (m.last < n && sv.words[m.last] == sv.lower[m.last] && Is(kNationPeopleNoun, sv.lower[m.last]) &&
        std::isupper(static_cast<unsigned char>(sv.words[m.last - 1][0])))
      return true;
    if (m.last >= 1 && m.last - 1 > m.first && Is(kNationPeopleNoun, sv.lower[m.last - 1])) return true;  // "Chinese people" as one mention
    // ("Palestinians have long sought their own state": a people that news names as the party
    // itself, class frame_party_demonym, stays the party.)
    return m.last == m.first + 1 && PluralDemonym(sv.words[m.first]) && !Is(kPartyDemonym, sv.lower[m.first]) &&
           !(m.first >= 1 && (Is(kDefiniteArticle, sv.lower[m.first - 1]) || IsPossessive(sv.words[m.first - 1])));
  }

  // "a U.S.-led push for UN sanctions", "the Saudi-backed call for a truce": the actor glued by
  // a hyphen to a participle of frame_sponsor_participle right before a demand word leads that
  // demand (not the sentence's subject, which may resist it); nullptr if none.
  const Mention* HyphenSponsor(const SentenceView& sv, int trigger) const {
    if (trigger < 3 || sv.words[trigger - 2] != "-" || !Is(kSponsorParticiple, sv.words[trigger - 1])) return nullptr;
    const auto& toks = sv.sentence->tokens;
    if (toks[trigger - 2].begin != toks[trigger - 3].end || toks[trigger - 1].begin != toks[trigger - 2].end) return nullptr;
    const Mention* m = sv.ActorAt(trigger - 3);
    return IsActor(m) && m->last == trigger - 2 ? m : nullptr;
  }

  // "the US-backed opposition", "a Saudi-led coalition", "Iran-allied militias": an actor glued
  // by a hyphen to a participle modifies the noun after it; so does one glued to an adjective
  // before a name or noun ("the EU-skeptic Finns Party", "a Kremlin-friendly outlet").
  bool HyphenParticipleModifier(const SentenceView& sv, const Mention& m) const {
    const int n = static_cast<int>(sv.words.size());
    if (m.last + 1 >= n || sv.words[m.last] != "-") return false;
    const auto& toks = sv.sentence->tokens;
    if (toks[m.last].begin != toks[m.last - 1].end || toks[m.last + 1].begin != toks[m.last].end) return false;
    const std::string& w = sv.lower[m.last + 1];
    if (w != sv.words[m.last + 1] || w.size() <= 3) return false;
    if (w.ends_with("ed")) return true;
    if (m.last + 2 >= n || !std::isalpha(static_cast<unsigned char>(w[0]))) return false;
    const std::string& next = sv.lower[m.last + 2];
    return std::isalpha(static_cast<unsigned char>(next[0])) && !IsPreposition(res_, next) && !IsDeterminer(res_, next) &&
           !Is(kClauseAuxiliary, next) && !Is(kCoordinator, next) && !DemandVerb(next) && !sv.MentionAt(m.last + 2);
  }

  // "the Khashoggi family calls for", "British Army veterans are urging", "the Colonia LeBaron
  // community has demanded": an actor (a demonym past its group noun) before a noun of the class
  // frame_outsider_noun names a group outside it, which speaks for itself: no maker. So does a
  // group noun after up to two words of a civil sector (frame_civil_sector_word): "U.S.
  // Christian leaders sent a letter urging ...", "Israeli human rights groups demanded".
  bool OutsiderGroup(const SentenceView& sv, const Mention& m) const {
    const int n = static_cast<int>(sv.words.size());
    if (m.pronoun) return false;
    int k = m.last;
    int sector = k;
    while (sector < n && sector < m.last + 2 && !sv.MentionAt(sector) && Is(kCivilSectorWord, sv.lower[sector])) ++sector;
    if (sector > k && sector < n && sv.words[sector] == sv.lower[sector] &&
        (IsGroupNoun(res_, sv.lower[sector]) || Is(kOutsiderNoun, sv.lower[sector])))
      return true;
    if (m.demonym && k + 1 < n && IsGroupNoun(res_, sv.lower[k])) ++k;
    return k < n && sv.words[k] == sv.lower[k] && Is(kOutsiderNoun, sv.lower[k]);
  }

  // The end of a dateline of a city and its country that opens the sentence ("HIROSHIMA, Japan
  // — President Obama ...", "KABUL, Afghanistan - ..."): a first word in capitals, a comma, a
  // state, then a dash (class frame_aside_mark) within six tokens; 0 if none.
  int DatelinePlaceEnd(const SentenceView& sv) const {
    const int n = static_cast<int>(sv.words.size());
    if (n < 5 || sv.words[1] != ",") return 0;
    int letters = 0;
    for (char c : sv.words[0]) {
      if (c >= 'a' && c <= 'z') return 0;
      letters += c >= 'A' && c <= 'Z';
    }
    if (letters < 2) return 0;
    const Mention* place = sv.MentionAt(2);
    if (!place || place->first != 2 || place->type != NodeType::kState) return 0;
    for (int k = place->last; k < n && k <= 6; ++k) {
      if (Is(kAsideMark, sv.words[k]) || sv.words[k] == "-") return k + 1;
    }
    return 0;
  }

  // The verb after an aside set off by commas right after a clause's subject that ends at
  // `comma` ("Somalia, its neighbour, withdraw ...", "Iran, like other signatories, return
  // ..."): the token after the second comma when a lower-case word that is no determiner,
  // preposition or actor stands there; else -1. The aside holds up to eight words and no
  // clause end or quotation mark.
  int AfterSubjectAside(const SentenceView& sv, int comma) const {
    const int n = static_cast<int>(sv.words.size());
    if (comma >= n || sv.words[comma] != ",") return -1;
    int j = comma + 1;
    while (j < n && j <= comma + 9 && sv.words[j] != "," && !Is(kClauseEnd, sv.lower[j]) && !IsQuote(sv.words[j])) ++j;
    if (j >= n - 1 || j == comma + 1 || sv.words[j] != ",") return -1;
    const std::string& v = sv.lower[j + 1];
    if (v != sv.words[j + 1] || IsDeterminer(res_, v) || IsPreposition(res_, v) || Is(kCoordinator, v) || sv.ActorAt(j + 1) ||
        !std::isalpha(static_cast<unsigned char>(v[0])))
      return -1;
    return j + 1;
  }

  // "The offer, first made in May, was rejected by Hanoi": when the tokens [s, e) end in an
  // aside between commas (at most 15 tokens; a relative clause or a participle phrase; no
  // semicolon, colon or quotation mark inside), the end of what stands
  // before it (the opening comma's index); else e.
  int BeforeAside(const SentenceView& sv, int s, int e) const {
    if (e - 1 <= s || sv.words[e - 1] != ",") return e;
    for (int j = e - 2; j > s && j >= e - 17; --j) {
      if (sv.words[j] == ",") return j;
      if (sv.words[j] == ";" || sv.words[j] == ":" || IsQuote(sv.words[j])) return e;
    }
    return e;
  }

  // "refused to accept the press account", "refuses to accept that Iran will keep ...",
  // "declined to acknowledge the findings": a verb of granting a statement (class
  // reject_belief_verb) whose object is a clause or a word of information or claim (classes
  // reject_information_noun, reject_claim_noun) disbelieves a statement; it refuses no request
  // ("refused to accept the refugees", "refused to recognize Kosovo" still do).
  bool DisbelievedStatement(const SentenceView& sv, int verb, int end) const {
    if (verb >= end || !Is(kRejectBeliefVerb, sv.lower[verb])) return false;
    int k = verb + 1;
    if (k >= end) return false;
    // "accept that Pyongyang keeps ...": "that" before a subject opens a clause ("accept that
    // demand" is a determiner's).
    if (Is(kComplementizer, sv.lower[k]) && k + 1 < end &&
        (IsDeterminer(res_, sv.lower[k + 1]) || sv.ActorAt(k + 1) || Is(kSubjectPronoun, sv.lower[k + 1])))
      return true;
    while (k < end && (IsDeterminer(res_, sv.lower[k]) || Is(kPossessivePronoun, sv.lower[k]))) ++k;
    // past up to two modifiers ("the press account", "the intelligence agencies' findings")
    for (int m = 0; m < 3 && k < end; ++m, ++k) {
      const std::string& w = sv.lower[k];
      if (IsPreposition(res_, w) || Is(kClauseEnd, w) || w == ",") break;
      if (Is(kRejectInformationNoun, w) || Is(kRejectClaimNoun, w)) return true;
    }
    return false;
  }

  // "We will not accept any foreign interference", "refuses to tolerate threats against its
  // people": a verb of acceptance (class reject_acceptance_verb) at `verb` whose object is an
  // act done to the subject against its will (class reject_unwanted_act_noun) warns; nobody
  // asked for it. The object: up to four words after the verb, before a preposition, a
  // relative pronoun or punctuation.
  bool UnwantedActRefused(const SentenceView& sv, int verb, int end) const {
    if (verb >= end || !Is(kRejectAcceptanceVerb, sv.lower[verb])) return false;
    for (int k = verb + 1; k < end && k <= verb + 4; ++k) {
      const std::string& w = sv.lower[k];
      if (Is(kRejectUnwantedActNoun, w)) return true;
      if (IsPreposition(res_, w) || Is(kRelativePronoun, w) || (!w.empty() && !std::isalnum(static_cast<unsigned char>(w[0])) && w != "-"))
        return false;
    }
    return false;
  }

  // "refused to budge", "refuses to back down on Monday": a verb of giving way (class
  // reject_yield_verb) with no object names no thing asked ("give in to the demands" and
  // "yield any territory" name it).
  bool YieldOnly(const SentenceView& sv, int verb, int end) const {
    const int len = res_.classes().LongestExactAt(cls_[kRejectYieldVerb], sv.lower, verb, end);
    if (len <= 0) return false;
    const int k = verb + len;
    if (k >= end) return true;
    const std::string& w = sv.lower[k];
    if (Is(kInfinitiveMarker, w)) return false;
    return IsPreposition(res_, w) || Is(kClauseEnd, w) || Is(kCoordinator, w) ||
           !std::isalpha(static_cast<unsigned char>(w[0]));
  }

  // Whether the act refused at token `verb` (before `end`) is speaking, forecasting or giving
  // information ("declined to comment", "declined to provide details"), not something asked:
  // not "refused to provide assistance to Y" (aid Y wants) nor "refused to release the hostages".
  // An adverb at `verb` is passed ("declined to publicly detail ...", "to directly address").
  bool RefusedSpeech(const SentenceView& sv, int verb, int end) const {
    if (verb + 1 < end && HasEnding(sv.lower[verb], kAdverbEnding)) ++verb;
    return Is(kRejectSpeechAct, sv.lower[verb]) && !BeneficiaryAsker(sv, verb, end) && !HandOver(sv, verb, end);
  }

  // Returns the token after the rejected object when it was a named request or offer.
  int Rejection(const SentenceView& sv, int first, int last) {
    const int n = static_cast<int>(sv.words.size());
    // A noun, not the verb: "an effective veto over", "the boycott of", "a rejection".
    if (first > 0 && (Is(kRejectNounMark, sv.lower[first - 1]) ||
                      (first > 1 && Is(kRejectNounMark, sv.lower[first - 2]) && HasEnding(sv.lower[first - 1], kAdjectiveEnding))))
      return last;
    // Passive: "this was rejected by the U.S.": the rejecter follows "by", the object is
    // what stands before (a pronoun: the latest demand or proposal).
    int aux = first - 1;
    if (aux > 0 && HasEnding(sv.lower[aux], kAdverbEnding)) --aux;  // "was flatly rejected"
    if (aux >= 0 && Is(kPassiveAuxiliary, sv.lower[aux])) {
      int k = last;
      // "was rejected outright by", "was turned down again by": past an adverb after the verb.
      if (k + 1 < n && Is(kAgentPreposition, sv.lower[k + 1]) &&
          (HasEnding(sv.lower[k], kAdverbEnding) || Is(kTimeAdverb, sv.lower[k]) || Is(kMannerAdverb, sv.lower[k])))
        ++k;
      if (k < n && Is(kAgentPreposition, sv.lower[k])) {
        ++k;
        while (k < n && IsDeterminer(res_, sv.lower[k])) ++k;
        // "by officials in Yerevan", "by the government of Armenia": the actor they act for
        // (for a city, its state when the document names it).
        bool officials = false;
        if (!IsActor(sv.ActorAt(k)) && k + 1 < n && Is(kRejectSubjectFiller, sv.lower[k]) &&
            IsPreposition(res_, sv.lower[k + 1])) {
          k += 2;
          officials = true;
          while (k < n && IsDeterminer(res_, sv.lower[k])) ++k;
        }
        const Mention* by = sv.MentionAt(k);
        std::string by_key = IsActor(by) ? by->key : "";
        if (officials && by && by->type == NodeType::kCity) {
          std::string iso3 = by->key.substr(by->key.find_last_of('-') + 1);
          for (char& c : iso3) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
          if (st_->nodes.count("state:" + iso3)) by_key = "state:" + iso3;
        }
        if (by_key.empty()) return last;
        // "Egypt's proposal for a truce was rejected by Hamas", "A UN plan for the port was
        // vetoed by Russia": a demand or proposal named by the subject that opens the sentence,
        // when no earlier one is meant.
        auto named_subject = [&]() {
          if (officials || !IsActor(by)) return last;
          int e = aux;
          while (e > 0 && (Is(kPassiveAuxiliary, sv.lower[e - 1]) || Is(kRejectSubjectFiller, sv.lower[e - 1]) ||
                           HasEnding(sv.lower[e - 1], kAdverbEnding)))
            --e;
          int s = 0;
          while (s < e && IsQuote(sv.words[s])) ++s;
          e = BeforeAside(sv, s, e);  // "The offer, first made in May, was rejected by Hanoi"
          if (e - s < 2 || e - s > 10) return last;
          for (int t = s; t < e; ++t) {
            if (sv.words[t] == "," || Is(kClauseEnd, sv.lower[t])) return last;
          }
          const std::vector<const Mention*> rejecters = {by};
          return RejectNamedProposal(sv, rejecters, s, e) ? by->last : last;
        };
        if (st_->demands.empty()) return named_subject();
        // What stands before the auxiliaries ("this was", "that demand has been", "the plan
        // was"): a pronoun, or a demand or proposal noun after a determiner.
        int before = aux - 1;
        while (before >= 0 && (Is(kPassiveAuxiliary, sv.lower[before]) || Is(kRejectSubjectFiller, sv.lower[before]) ||
                               HasEnding(sv.lower[before], kAdverbEnding)))
          --before;
        before = BeforeAside(sv, 0, before + 1) - 1;  // "That demand, made in May, was rejected by"
        bool pronoun = before >= 0 && Is(kAnaphoricObject, sv.lower[before]);
        bool noun = before >= 1 && (IsDeterminer(res_, sv.lower[before - 1]) || Is(kAnaphoricObject, sv.lower[before - 1])) &&
                    (Is(kRejectDemandNoun, sv.lower[before]) || Is(kRejectProposalNoun, sv.lower[before]));
        // Else a demand made in this sentence before the verb ("Moldova's demand for ... was
        // rejected by Moscow").
        const DemandRecord& target = st_->demands.back();
        if (!pronoun && !noun && target.sentence != sv.index) return named_subject();
        if (noun) --before;
        if (!pronoun && !noun) before = first - 1;
        if (target.sentence < sv.index - 1) return named_subject();
        auto node = st_->nodes.find(target.key);
        // "The proposal, which sought a ceasefire, was rejected by X": the demand of the aside
        // has no maker and no node; the subject names what is rejected.
        if (node == st_->nodes.end() && target.sentence == sv.index && noun) return named_subject();
        std::string p = st_->Principal(by_key);
        if (node != st_->nodes.end() && node->second.props["maker"] == p) return last;
        Evidence ev = st_->MakeEvidence(sv.index, before, by->last, RuleName("passive"));
        AddActorEdge(by_key, Relation::kRejects, target.key, ev);
        return by->last;
      }
      // "His sentence was overturned on appeal": a passive without its agent names no rejecter
      // (but "is resisting calls" is no passive).
      const std::string& verb = sv.lower[first];
      if (verb.size() > 3 && (verb.compare(verb.size() - 2, 2, "ed") == 0 || verb.back() == 'n')) return last;
    }
    auto makers = Subject(sv, first);
    // "X calls on Y to withdraw and rejects any dictates": the maker of the demand it is
    // coordinated with, not its addressee.
    if (int k = BeforeVerbGroup(sv, first); k >= 1 && Is(kCoordinator, sv.lower[k]) && last_sentence_ == sv.index &&
                                            last_trigger_ < k && !last_makers_.empty() &&
                                            (makers.empty() || makers.front()->first > last_trigger_))
      makers = last_makers_;
    // "Trump praised Saudi Arabia as an ally and resisted calls to ...": not the object of the
    // verb before "and".
    else if (!makers.empty()) {
      ObjectBeforeAnd(sv, first, makers);
      if (makers.empty()) return last;
    }
    if (makers.empty()) makers = QuotedSpeaker(sv, first);
    if (makers.empty()) makers = OpeningSubject(sv, first);
    // "China criticized Japan for refusing to apologize", "Turkey is angered at the U.S. for
    // ... and for refusing to extradite ...": the one blamed refuses; the critic asked.
    if (const Mention* blamed = BlamedRefuser(sv, first)) makers = {blamed};
    // "Moscow wants Kyiv to accept a neutral status, which it rejects": a pronoun after
    // ", which" is the one this sentence's demand asked.
    int relative_subject = -1;
    if (int p = BeforeVerbGroup(sv, first);
        (makers.empty() || (makers.size() == 1 && makers.front()->first == p) ||
         std::all_of(makers.begin(), makers.end(), [&](const Mention* m) { return m->last < p - 1; })) &&
        p >= 2 &&
        Is(kRejectAddresseePronoun, sv.lower[p]) &&
                                            Is(kRelativePronoun, sv.lower[p - 1]) && sv.words[p - 2] == ",") {
      if (last_sentence_ == sv.index && last_trigger_ < p && !last_addressees_.empty()) {
        makers = last_addressees_;
        relative_subject = p;
      } else if (!makers.empty() && makers.front()->first != p && AskedInSentence(sv, makers.front())) {
        relative_subject = p;  // "requires the Palestinians to endorse ..., which they reject"
      }
    }
    if (makers.empty() || (relative_subject < 0 && SubjectAcrossRelative(sv, makers.front(), first))) return last;
    // "a resolution rejecting the deal": a participle right after a common noun has that noun
    // for subject (not "X is rejecting", "for rejecting", "X, rejecting", "but resisting").
    if (const std::string& verb = sv.lower[first]; verb.size() > 4 && verb.compare(verb.size() - 3, 3, "ing") == 0 &&
                                                   first > 0 && makers.back()->last != first) {
      const std::string& prev = sv.lower[first - 1];
      bool noun = !prev.empty() && prev[0] >= 'a' && prev[0] <= 'z' && prev == sv.words[first - 1] &&
                  !sv.MentionAt(first - 1) && !IsPreposition(res_, prev) && !Is(kCoordinator, prev) &&
                  !Is(kPassiveAuxiliary, prev) && !Is(kRejectSubjectFiller, prev) && !HasEnding(prev, kAdverbEnding) &&
                  !IsDeterminer(res_, prev) && !Is(kRelativePronoun, prev);
      if (noun) return last;
    }
    // "will not accept anything less than X" demands X; it rejects nothing.
    for (int j = last + 1; j < n && j <= last + 2; ++j) {
      if (Is(kRejectMinimumWord, sv.lower[j]) && Is(kRejectMinimumWord, sv.lower[j - 1])) return last;
    }
    // "veto power", "veto authority over the deal": a noun compound, not the verb.
    if (last < n && Is(kRejectCompoundHead, sv.lower[last]) && last == first + 1 &&
        !HasEnding(sv.lower[first], kAdjectiveEnding) && sv.lower[first].back() != 's')
      return last;
    int start = SkipTimeAdverbs(sv, last);
    while (start < n && IsQuote(sv.words[start])) ++start;
    int end = ClauseEnd(sv, start);
    // "declined to resign despite growing pressure from X": what is refused stops before
    // "despite"; the one whose pressure, calls or demands it resists asked for it.
    despite_asker_ = nullptr;
    int despite = -1;
    for (int k = start; k < n && k <= end; ++k) {  // "despite" also ends a clause
      if (!Is(kRejectContentStop, sv.lower[k])) continue;
      despite_asker_ = DespiteAsker(sv, k, n);  // "despite demands from X": past a clause end at "demands"
      end = despite = k;
      break;
    }
    // "a framework for negotiations, which Israel fiercely opposes": a relative clause with
    // no object of its own rejects the noun phrase before ", which".
    if (start >= end) {
      int rel = (relative_subject >= 0 ? relative_subject : makers.front()->first) - 1;
      if (rel >= 2 && Is(kRelativePronoun, sv.lower[rel]) && sv.words[rel - 1] == ",") {
        int b = rel - 2;
        int stop = std::max(0, rel - 12);
        // Back to the determiner that opens the noun phrase, past "of/for/on" + noun phrase
        // ("a plan for a buffer zone").
        while (b > stop && !Is(kClauseEnd, sv.lower[b - 1]) && sv.words[b - 1] != "," && !Is(kSpeechVerb, sv.lower[b - 1])) {
          if (IsDeterminer(res_, sv.lower[b]) && !(b > stop + 1 && IsPreposition(res_, sv.lower[b - 1]))) break;
          --b;
        }
        // Not when the noun phrase is itself a condition ("if Obama strikes a deal, which
        // Congress then rejects").
        bool condition = false;
        for (int c = b - 1; c >= 0 && c >= b - 10 && !Is(kConditionBoundary, sv.lower[c]); --c)
          condition = condition || Is(kConditionWord, sv.lower[c]);
        if (b < rel - 1 && !Is(kClauseEnd, sv.lower[b]) && !condition) {
          start = b;
          end = rel - 1;
          const int object_end = end;
          if (RejectNamedProposal(sv, makers, start, object_end)) return last;
          std::set<std::string> object = ContentWords(sv, start, end, "");
          if (const DemandRecord* d = MatchingDemand(object)) {
            Evidence ev = st_->MakeEvidence(sv.index, start, std::max(last, makers.back()->last), RuleName("relative"));
            RejectTarget(makers, d->key, ev);
          }
          return last;
        }
      }
    }
    if (relative_subject >= 0) return last;
    std::vector<std::string> targets;
    std::set<std::string> object = ContentWords(sv, start, end, "");
    // "rejected it", "rejected this": the latest demand; but "rejected this ultimatum from X"
    // names what it rejects.
    bool anaphoric = start >= end || (start < n && Is(kAnaphoricObject, sv.lower[start]) &&
                                      !(start + 1 < end && (Is(kRejectDemandNoun, sv.lower[start + 1]) ||
                                                            Is(kRejectProposalNoun, sv.lower[start + 1]))));
    int object_end = ClauseEnd(sv, start, /*through_from=*/true);
    if (despite >= 0) object_end = std::min(object_end, despite);
    // "declined to comment on the tariff proposal", "refused to say whether their plan backs
    // ...": refusing to speak of a proposal or request turns none down (as for an unstated
    // request: UnstatedRequest); but "refused to respond to a demand" answers it.
    if (Is(kRejectRefuseToVerb, sv.lower[first]) && start + 2 < n && Is(kInfinitiveMarker, sv.lower[start]) &&
        !Is(kInfinitiveMarker, sv.lower[start + 2]) && RefusedSpeech(sv, start + 1, end))
      return last;
    if (!anaphoric && RejectNamedProposal(sv, makers, start, object_end)) return object_end;
    if (!anaphoric && !object.empty()) {
      // The most recent demand whose content shares at least half the object's words ("won't
      // make any concessions" answers "fishing concessions"; one shared word of five does not).
      std::size_t need = std::max<std::size_t>(1, (object.size() + 1) / 2);
      for (auto it = st_->demands.rbegin(); it != st_->demands.rend() && targets.empty(); ++it) {
        std::size_t shared = 0;
        for (const auto& w : object) shared += it->content.count(w);
        if (shared >= need) targets.push_back(it->key);
      }
    } else {
      // "On all the three points, X is saying no": the last group of demands, N of them.
      int count = -1;
      bool list_noun = false;
      for (int k = 0; k < n; ++k) {
        if (Is(kListNoun, sv.lower[k])) list_noun = true;
        if (int v = NumberWord(sv.lower[k]); v > 0 && k + 1 < n && Is(kListNoun, sv.lower[k + 1])) count = v;
      }
      if (!list_noun && start < end) {
        // "Lighthizer rejected this, telling Liu ...", "Iran rejected it": a pronoun alone is the
        // latest demand or proposal, of this sentence or the one before.
        if (start + 1 != end || !Is(kAnaphoricObject, sv.lower[start]) || st_->demands.empty() ||
            st_->demands.back().sentence < sv.index - 1)
          return last;
        targets.push_back(st_->demands.back().key);
      }
      const bool pronoun_target = !targets.empty();
      int last_sentence = -1;
      for (const auto& d : st_->demands) {
        if (d.sentence < sv.index) last_sentence = std::max(last_sentence, d.sentence);
      }
      if (!pronoun_target && (last_sentence < 0 || last_sentence < sv.index - 2)) return last;
      for (const auto& d : st_->demands) {
        if (pronoun_target) break;  // the pronoun's one target
        if (d.sentence == last_sentence && std::find(targets.begin(), targets.end(), d.key) == targets.end())
          targets.push_back(d.key);
      }
      if (count > 0 && static_cast<int>(targets.size()) > count) {
        targets.erase(targets.begin(), targets.end() - count);
      }
    }
    // "The U.S. has demanded the dismantlement of North Korea's nuclear program. Pyongyang has
    // rejected unilateral disarmament": an object that repeats no demand's words answers the
    // latest demand made of the rejecter, in this sentence or the one before.
    if (targets.empty() && !anaphoric && !object.empty() && start < end && !Is(kInfinitiveMarker, sv.lower[start])) {
      if (std::string key = DemandMadeOf(sv, makers, start, end); !key.empty()) {
        RejectTarget(makers, key, st_->MakeEvidence(sv.index, std::min(first, makers.back()->first), std::max(last, end),
                                                    RuleName("answered-addressee")));
        return last;
      }
    }
    if (targets.empty()) {
      if (!anaphoric) UnstatedRequest(sv, makers, first, last, start, end);
      return last;
    }
    Evidence ev = st_->MakeEvidence(sv.index, std::min(first, makers.back()->first), std::max(last, end), RuleName());
    for (const auto& t : targets) {
      for (const Mention* m : makers) {
        std::string p = st_->Principal(m->key);
        // Nobody rejects their own demand.
        auto node = st_->nodes.find(t);
        if (node != st_->nodes.end() && node->second.props["maker"] == p) continue;
        AddActorEdge(m->key, Relation::kRejects, t, ev);
      }
    }
    return last;
  }

  // The key of the latest demand of this sentence or the one before that asks something of one
  // of the rejecters; empty when there is none, or when the object [start, end) names a claim
  // ("rejected the accusations") rather than a request.
  std::string DemandMadeOf(const SentenceView& sv, const std::vector<const Mention*>& rejecters, int start, int end) const {
    for (int k = start; k < end && k < start + 5; ++k) {
      if (Is(kRejectClaimNoun, sv.lower[k])) return "";
    }
    std::set<std::string> principals;
    for (const Mention* r : rejecters) principals.insert(st_->Principal(r->key));
    for (auto it = st_->demands.rbegin(); it != st_->demands.rend() && it->sentence >= sv.index - 1; ++it) {
      if (it->sentence > sv.index || it->key.rfind("demand:", 0) != 0) continue;
      for (const PendingEdge& e : st_->edges) {
        if (e.relation == Relation::kDemandsOf && e.from == it->key && principals.count(e.to)) return it->key;
      }
    }
    return "";
  }

  // The actor after "despite" + pressure or demand noun + "from/by/of" ("despite growing
  // pressure from the EU", "despite repeated calls by Washington"), or null.
  const Mention* DespiteAsker(const SentenceView& sv, int despite, int end) const {
    for (int k = despite + 1; k < end && k <= despite + 4; ++k) {
      if (!Is(kRejectPressureNoun, sv.lower[k]) && !Is(kRejectDemandNoun, sv.lower[k])) continue;
      if (k + 1 >= end || !Is(kMakerPreposition, sv.lower[k + 1])) return nullptr;
      int j = k + 2;
      while (j < end && IsDeterminer(res_, sv.lower[j])) ++j;
      const Mention* a = sv.ActorAt(j);
      return IsActor(a) && a->first == j ? a : nullptr;
    }
    return nullptr;
  }

  // "Pakistan has refused to deploy peacekeepers", "Syria will not accept more refugees": a
  // refusal whose request the text does not name as a demand or offer. What is refused
  // becomes a Demand of unknown maker (kind "request") made of the subject, who rejects it.
  void UnstatedRequest(const SentenceView& sv, const std::vector<const Mention*>& rejecters, int first, int last,
                       int start, int end) {
    const int n = static_cast<int>(sv.words.size());
    const std::string& verb = sv.lower[last - 1];
    // Only the refuser named right before the verb: not "U.S. car production declined to ...",
    // not "announced that X would not accept", not a "he" that may be someone else.
    const Mention* subject = rejecters.front();
    if (subject->pronoun && subject->rule != "actor.pronoun-speaker" && subject->rule != "actor.quote-speaker") return;
    const bool opening = [&] {
      auto o = OpeningSubject(sv, first);
      return !o.empty() && o.front() == subject;
    }();
    for (int k = opening ? first : subject->last; subject != blamed_ && k < first; ++k) {
      if (sv.words[k] == ",") {  // an apposition or aside between commas
        int close = k + 1;
        while (close < first && sv.words[close] != ",") ++close;
        if (close >= first) return;
        k = close;
        continue;
      }
      const std::string& w = sv.lower[k];
      bool adverb = HasEnding(w, kAdverbEnding);
      // "The UNITA militarist wing refused", "the Hamas political bureau declined": up to two
      // lower-case modifiers before a noun that heads the subject group.
      if (!Is(kRejectSubjectFiller, w) && !adverb && k + 1 < first && w == sv.words[k] && !IsDeterminer(res_, w) &&
          !Is(kSpeechVerb, w)) {
        int h = k + 1;
        if (!Is(kRejectSubjectHead, sv.lower[h]) && h + 1 < first && sv.lower[h] == sv.words[h] &&
            !IsDeterminer(res_, sv.lower[h]) && !Is(kSpeechVerb, sv.lower[h]))
          ++h;
        if (Is(kRejectSubjectHead, sv.lower[h])) {
          k = h;
          continue;
        }
      }
      if (!Is(kRejectSubjectFiller, w) && !adverb) return;  // "has so far refused", "again declined"
    }
    int from = start;
    // "refused entry to Syrian refugees", "refusing admittance to Ghanaians": leave refused to
    // the ones who asked for it.
    const Mention* leave_asker = nullptr;
    if (start + 2 < end && Is(kRejectLeaveNoun, sv.lower[start]) && Is(kInfinitiveMarker, sv.lower[start + 1])) {
      int k = start + 2;
      while (k < end && IsDeterminer(res_, sv.lower[k])) ++k;
      if (const Mention* a = sv.ActorAt(k); IsActor(a) && a->first == k) leave_asker = a;
    }
    if (leave_asker) {
      from = start;
    } else if (Is(kRejectRefuseToVerb, verb)) {
      // Refusing to speak is no refusal of a request: "declined to comment"; nor is declining
      // to forecast or to give figures ("declined to predict earnings"), or "refused to do so".
      if (last != first + 1 || start + 1 >= n || !Is(kInfinitiveMarker, sv.lower[start])) return;
      const std::string& action = sv.lower[start + 1];
      bool word = !action.empty() && action[0] >= 'a' && action[0] <= 'z';
      // ("declined to provide details", but "refused to provide assistance to Y": aid Y wants)
      if (!word || action != sv.words[start + 1] ||
          RefusedSpeech(sv, start + 1, end) ||
          IsDeterminer(res_, action) ||
          sv.ActorAt(start + 1))
        return;
      from = start + 1;
      if (YieldedPressure(sv, rejecters, from, first)) return;
    } else if (Is(kRejectAcceptanceVerb, verb)) {
      from = last - 1;  // "accept any more refugees"
    } else if (int g = start < n && Is(kInfinitiveMarker, sv.lower[start]) ? start + 1 : start; Gerund(sv, g)) {
      from = g;  // "has ruled out sending troops", "opposes lifting the sanctions", "objected to paying"
    } else {
      return;
    }
    if (end <= from) return;
    if (DisbelievedStatement(sv, from, end) || YieldOnly(sv, from, end) || UnwantedActRefused(sv, from, end)) return;
    // The one who asked: "despite calls from X" (Rejection), Y in "refused entry to Y", or Y in
    // "refused to allow Y to land" (Y asked for leave).
    const Mention* asker = despite_asker_ ? despite_asker_ : leave_asker;
    if (!asker && subject == blamed_) asker = blame_asker_;  // "criticized X for refusing to ..."
    // "refused to meet Jordan's visiting king", "declined to receive the Saudi envoy": the one
    // not received asked to be.
    if (!asker && Is(kRejectReceiveVerb, sv.lower[from])) {
      int k = from + 1;
      while (k < end && IsDeterminer(res_, sv.lower[k])) ++k;
      if (const Mention* a = sv.ActorAt(k); IsActor(a) && a->first == k) asker = a;
    }
    if (!asker && Is(kRejectPermitVerb, sv.lower[from])) {
      int k = from + 1;
      while (k < end && IsDeterminer(res_, sv.lower[k])) ++k;
      if (const Mention* a = sv.ActorAt(k); IsActor(a) && a->first == k) {
        for (int j = a->last; j < end && j <= a->last + 2; ++j) {
          if (Is(kInfinitiveMarker, sv.lower[j])) {
            asker = a;
            break;
          }
        }
      }
    }
    if (!asker) asker = BeneficiaryAsker(sv, from, end);
    if (asker) {
      std::string principal = st_->Principal(asker->key);
      for (const Mention* r : rejecters) {
        if (st_->Principal(r->key) == principal) asker = nullptr;  // nobody refuses their own request
      }
    }
    if (asker) {
      Item item{from, end, ""};
      auto keys = MakeDemands(sv, {asker}, {item}, rejecters, std::min(first, rejecters.back()->first), end,
                              RuleName("asked-request"));
      Evidence ev = st_->MakeEvidence(sv.index, std::min(first, rejecters.back()->first), end, RuleName("asked-request"));
      for (const auto& key : keys) {
        for (const Mention* m : rejecters) AddActorEdge(m->key, Relation::kRejects, key, ev);
      }
      return;
    }
    // "Morsi refused to resign" after the opposition demanded that he resign: that demand.
    if (const DemandRecord* d = MatchingDemand(ContentWords(sv, from, end, ""))) {
      RejectTarget(rejecters, d->key, st_->MakeEvidence(sv.index, std::min(first, rejecters.back()->first), end,
                                                        RuleName("answered-request")));
      return;
    }
    // "Trump has no intention of firing Mueller", "had no intention of preventing the strikes":
    // a disavowal of an intent that no one named asked for refuses no request.
    // ("has no intention of bending to international pressure to step down" names the request.)
    if (res_.classes().LongestExactAt(cls_[kRejectDisavowal], sv.lower, first, last) == last - first) {
      bool named = false;
      for (int k = from; k < end && !named; ++k) named = Is(kRejectPressureNoun, sv.lower[k]) || Is(kRejectDemandNoun, sv.lower[k]);
      if (!named) return;
    }
    if (YieldedPressure(sv, rejecters, from, first)) return;
    RejectRequest(sv, rejecters, from, end, std::min(first, rejecters.back()->first), RuleName("unstated-request"));
  }

  // "refused to bow to pressure from Washington to drop the deal", "has no intention of bending
  // to international pressure to change the law": refusing to yield (frame_pressure_yield, at
  // `from`) to pressure or a demand answers the demand that pressure names (demand.pressure,
  // same sentence; matched at the sentence's end, Run). True when the refused act is such a
  // yielding, with or without a content of its own (without one it names none).
  bool YieldedPressure(const SentenceView& sv, const std::vector<const Mention*>& rejecters, int from, int first) {
    const int n = static_cast<int>(sv.words.size());
    if (from + 2 >= n || !Is(kPressureYield, sv.lower[from]) || !Is(kInfinitiveMarker, sv.lower[from + 1])) return false;
    int k = from + 2;
    while (k < n && k <= from + 5 && !Is(kRejectPressureNoun, sv.lower[k]) && !Is(kRejectDemandNoun, sv.lower[k]) &&
           sv.words[k] == sv.lower[k] && !IsPreposition(res_, sv.lower[k]))
      ++k;
    if (k >= n || (!Is(kRejectPressureNoun, sv.lower[k]) && !Is(kRejectDemandNoun, sv.lower[k]))) return false;
    // (The demand's content is the infinitive after the noun and its source, "from X", and runs
    // on to the clause's end.)
    int to = k + 1;
    while (to < n && to <= k + 10 && sv.words[to] != "," && !Is(kClauseEnd, sv.lower[to]) &&
           !Is(kInfinitiveMarker, sv.lower[to]))
      ++to;
    const int clause_end = to < n && Is(kInfinitiveMarker, sv.lower[to]) ? ClauseEnd(sv, to + 1) : to;
    if (to + 1 < clause_end) {
      pending_yields_.push_back({rejecters, ContentWords(sv, to + 1, clause_end, ""),
                                 st_->MakeEvidence(sv.index, std::min(first, rejecters.back()->first), clause_end,
                                                   RuleName("yielded-pressure"))});
    }
    return true;
  }

  // Whether a demand of this sentence asks something of the actor `m` (a demands-of edge).
  bool AskedInSentence(const SentenceView& sv, const Mention* m) const {
    const std::string principal = st_->Principal(m->key);
    for (auto it = st_->demands.rbegin(); it != st_->demands.rend() && it->sentence == sv.index; ++it) {
      for (const PendingEdge& e : st_->edges) {
        if (e.relation == Relation::kDemandsOf && e.from == it->key && e.to == principal) return true;
      }
    }
    return false;
  }

  // "Lighthizer rejected this, telling Liu that the United States was insisting on ...",
  // "Pompeo told Lavrov that Washington wants ...": the one told what the teller's own side
  // demands is asked (not "X told reporters/Congress that Russia demands ...": another's).
  const Mention* ToldAddressee(const SentenceView& sv, const std::vector<const Mention*>& makers) const {
    if (makers.empty()) return nullptr;
    const Mention* m = makers.front();
    int k = m->first - 1;
    while (k >= 0 && IsDeterminer(res_, sv.lower[k])) --k;
    if (k >= 0 && Is(kComplementizer, sv.lower[k])) --k;
    // "told X yesterday that", "told X on Monday that"
    if (k >= 2 && (Is(kWeekday, sv.lower[k]) || Is(kTimeAdverb, sv.lower[k])))
      k -= IsPreposition(res_, sv.lower[k - 1]) ? 2 : 1;
    if (k < 1) return nullptr;
    const Mention* told = sv.ActorAt(k);
    if (!IsActor(told) || told->last != k + 1 || told->first < 1 || told->pronoun) return nullptr;
    const int verb = told->first - 1;
    if (!Is(kToldMark, sv.lower[verb]) || sv.lower[verb] == "to") return nullptr;
    auto teller = SubjectBefore(res_, sv, verb);
    // "X met Y, telling Y that ...": a participle after a comma has the sentence's subject.
    if (verb >= 2 && sv.words[verb - 1] == "," && sv.lower[verb].ends_with("ing")) {
      teller.clear();
      for (const Mention& a : sv.mentions) {
        if (a.first >= verb - 1) break;
        if (IsActor(&a) && !IsPossessive(sv.words[a.last])) {
          teller.push_back(&a);
          break;
        }
      }
    }
    const std::string side = Side(m->key);
    if (teller.empty() || Side(teller.front()->key) != side || Side(told->key) == side) return nullptr;
    return told;
  }

  // The state an actor stands for: its principal, or the country of that principal (a trade
  // representative's office, a minister); "" for none.
  std::string Side(const std::string& key) const {
    std::string p = st_->Principal(key);
    if (p.rfind("state:", 0) == 0) return p;
    auto node = st_->nodes.find(p);
    if (node == st_->nodes.end()) return p;
    auto c = node->second.props.find("country");
    return c == node->second.props.end() || c->second.empty() ? p : "state:" + c->second;
  }

  // The actor blamed for refusing: X in "<blame word> (at) X for refusing to ..." (also in a
  // second "and for refusing" after "for <gerund> ..."), when the subject of the blame word
  // (criticized, accused, angered ...) is another actor; that critic goes to blame_asker_.
  const Mention* BlamedRefuser(const SentenceView& sv, int first) {
    blamed_ = nullptr;
    blame_asker_ = nullptr;
    if (first < 3 || sv.lower[first].size() < 6 || !sv.lower[first].ends_with("ing") ||
        !Is(kRejectBlamePreposition, sv.lower[first - 1]))
      return nullptr;
    int prep = first - 1;
    if (Is(kCoordinator, sv.lower[prep - 1])) {  // "for supporting X and for refusing to ..."
      int j = prep - 3;
      while (j >= 1 && j >= prep - 20 && !(sv.lower[j] == sv.lower[prep] && sv.lower[j + 1].size() > 5 &&
                                           sv.lower[j + 1].ends_with("ing") && sv.lower[j + 1] == sv.words[j + 1]))
        --j;
      if (j < 1 || j < prep - 20) return nullptr;
      prep = j;
    }
    const Mention* x = sv.ActorAt(prep - 1);
    if (!IsActor(x) || x->last != prep || x->pronoun) return nullptr;
    int k = x->first - 1;
    while (k >= 1 && (IsDeterminer(res_, sv.lower[k]) || IsPreposition(res_, sv.lower[k]))) --k;  // "angered at the U.S."
    if (k < 1 || !Is(kRejectBlameWord, sv.lower[k])) return nullptr;
    auto critic = SubjectBefore(res_, sv, k);
    if (critic.empty() || critic.front()->pronoun || st_->Principal(critic.front()->key) == st_->Principal(x->key))
      return nullptr;
    blamed_ = x;
    blame_asker_ = critic.front();
    return x;
  }

  // "Benin opened its borders to ..., but was still refusing admittance to Ghanaians": a verb
  // group after ", but" or ", and" with no subject of its own has the actor that opens the
  // sentence (after determiners), if it is one; else none.
  std::vector<const Mention*> OpeningSubject(const SentenceView& sv, int trigger) const {
    int k = trigger - 1;
    while (k >= 0 && (Is(kRejectSubjectFiller, sv.lower[k]) || Is(kClauseAuxiliary, sv.lower[k]) ||
                      HasEnding(sv.lower[k], kAdverbEnding)))
      --k;
    if (k < 3 || !Is(kRejectClauseCoordinator, sv.lower[k]) || sv.words[k - 1] != ",") return {};
    int s = 0;
    while (s < k && IsDeterminer(res_, sv.lower[s])) ++s;
    const Mention* a = sv.ActorAt(s);
    if (!IsActor(a) || a->first != s || a->pronoun || a->demonym || a->last >= k - 1) return {};
    // "Benin's police opened ...": a possessor is no subject.
    if (IsPossessive(sv.words[a->last])) return {};
    return {a};
  }

  // Whether token k is a gerund that opens the refused act ("ruled out sending troops"): a
  // lower-case word in -ing, not a pronoun or preposition in -ing ("nothing", "including"),
  // nor an adjective before a demand or pressure noun ("rejected growing calls").
  bool Gerund(const SentenceView& sv, int k) const {
    const int n = static_cast<int>(sv.words.size());
    if (k >= n || k + 1 >= n) return false;
    const std::string& w = sv.lower[k];
    if (w.size() < 6 || !w.ends_with("ing") || w != sv.words[k] || sv.MentionAt(k) || IsPreposition(res_, w) ||
        Is(kRejectGerundException, w))
      return false;
    const std::string& next = sv.lower[k + 1];
    return !Is(kRejectDemandNoun, next) && !Is(kRejectProposalNoun, next) && !Is(kRejectPressureNoun, next) &&
           !Is(kClauseEnd, next) && next != ",";
  }

  // The party a refused act would serve, who wants it done: the one under a restriction to
  // lift ("refused to lift the curfew on Palestinians", "will not ease sanctions against
  // Iran"), the recipient of aid ("refused to commit any assistance to the US-led war",
  // "declined to send weapons to Ukraine"). Null when the content [from, end) names none.
  const Mention* BeneficiaryAsker(const SentenceView& sv, int from, int end) const {
    const bool lift = Is(kRejectLiftVerb, sv.lower[from]);
    for (int k = from + 1; k + 1 < end && k <= from + 6; ++k) {
      // The refused act's object, not a noun inside it ("provide details of the aid to Y");
      // a particle right after the verb is passed ("commit to any assistance to Y").
      if (k > from + 1 && IsPreposition(res_, sv.lower[k])) return nullptr;
      const bool restriction = lift && Is(kRejectRestrictionNoun, sv.lower[k]);
      if (!restriction && !Is(kRejectAidNoun, sv.lower[k])) continue;
      if (!Is(restriction ? kRejectRestrictedPreposition : kRejectRecipientPreposition, sv.lower[k + 1])) continue;
      int j = k + 2;
      while (j < end && IsDeterminer(res_, sv.lower[j])) ++j;
      const Mention* a = sv.ActorAt(j);
      return IsActor(a) && a->first == j ? a : nullptr;
    }
    return nullptr;
  }

  // A request of unknown maker with the content [from, end), rejected by the rejecters: a
  // Demand of kind "request", asked of the rejecters; or, when the object is named as an
  // offer or plan (`proposal`), a Proposal of kind "request". The evidence spans
  // [span_first, end). False if it has no words.
  bool RejectRequest(const SentenceView& sv, const std::vector<const Mention*>& rejecters, int from, int end,
                     int span_first, const std::string& rule, bool proposal = false) {
    std::set<std::string> words = ContentWords(sv, from, end, "");
    if (words.empty()) return false;
    if (EmptyContent(sv, from, end, /*unmade=*/true)) return true;  // "resisted calls": nothing named that was asked
    std::vector<std::string> asked;
    if (!proposal)
      for (const Mention* m : rejecters) asked.push_back(m->key);
    std::string key = ContentKey("request", st_->Principal(rejecters[0]->key), words, asked);
    Evidence ev = st_->MakeEvidence(sv.index, span_first, end, rule);
    UpsertNode(Node{key, proposal ? NodeType::kProposal : NodeType::kDemand, ItemText(sv, Item{from, end, ""}),
                    {{"kind", "request"}}, {ev}});
    for (const Mention* m : rejecters) {
      AddActorEdge(m->key, Relation::kRejects, key, ev);
      if (proposal) continue;
      // What one refuses was asked of one: "balked at the European demand for inspections",
      // "Morsi refused to resign" (of Morsi, not of the state he leads).
      st_->AddEdge(key, Relation::kDemandsOf, m->key, ev);
    }
    return true;
  }

  // The evidence's rule name: the id of the rule that fired, with the branch of its action
  // that built the item ("reject.verb/passive").
  std::string RuleName(const char* branch = "") const { return *branch ? rule_ + "/" + branch : rule_; }

  DocState* st_;
  const Resources& res_;
  // The makers of the last verbal demand, its sentence and trigger (PreviousMakers).
  int last_sentence_ = -1, last_trigger_ = -1;
  std::vector<const Mention*> last_makers_;
  std::vector<const Mention*> last_addressees_;  // and whom it asked
  int cls_[kNumFrameClasses];  // class ids by FrameClass
  std::string rule_;
  Mention quote_speaker_;  // the speaker QuotedSpeaker last found, at the pronoun's token
  const Mention* despite_asker_ = nullptr;  // the asker Rejection found after "despite", for UnstatedRequest
  bool unnamed_object_ = false;             // VerbalDemand: "called on <a group no actor names> to ..."
  const Mention* blamed_ = nullptr;         // X of "criticized X for refusing to ..." (BlamedRefuser)
  const Mention* blame_asker_ = nullptr;    // and the critic, who asked
};

}  // namespace

void FindDemandsAndRejections(DocState* st) { DemandFinder(st).Run(); }

const std::vector<std::string>& FrameClassNames() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const auto& c : kFrameClassNames) names.emplace_back(c.name);
    return names;
  }();
  return kNames;
}

const std::vector<ActionSpec>& FrameActions() {
  static const std::vector<ActionSpec> kActions = {
      // A demand verb with the frame that carries the content: a direct object, a clause
      // ("insisted (that) ..."), "on"/"for" + content, "(X) to ...", "X to ..." with an actor
      // X only, "X for ..." with an actor X.
      // clause=mandative: a clause must ask for something, not state a fact ("insists its
      // programme is peaceful" is no demand; "insisted that sanctions be lifted" is).
      // maker=body: the maker must be a state or organisation, not a person or pronoun.
      // maker=subject: the maker must stand right before a finite verb (its subject).
      {"demand.verbal",
       {{"frame", {"direct", "that", "on", "for", "to", "object-to", "object-for"}},
        {"clause", {"mandative"}},
        {"maker", {"body", "subject"}}},
       {"trigger"}},
      // A demand noun given to someone ("gave X an ultimatum to ..."): captures verb,
      // content, optional addressee.
      {"demand.given", {}, {"trigger", "verb", "content"}},
      // A demand noun with its possessor and content ("Russia's demand for/that ...").
      {"demand.nominal", {}, {"trigger"}},
      // "Russia said Sudan must return ...": the speaker demands of the subject of "must".
      // subject=there: "X said there must be Y": the speaker demands Y of no one named.
      {"demand.obligation", {{"subject", {"there"}}}, {"trigger"}},
      // "Y came under pressure (from X) to ...", "X stepped up pressure on Y to ...".
      // noun=demand: a demand noun with its source ("faces demands from X to ..."); the
      // source must be named, and no one need be asked.
      {"demand.pressure", {{"noun", {"demand"}}}, {"trigger"}},
      // "X refused to hold talks unless Y": X's condition Y.
      {"demand.condition", {}, {"trigger"}},
      // "the dialogue sought by X": X demands the noun phrase before the participle.
      {"demand.sought-by", {}, {"trigger", "maker"}},
      // "X offered a compromise": a Proposal by X.
      {"proposal.offer", {}, {"trigger"}},
      // A rejection verb: of a named demand or proposal, of the latest matching demand, of an
      // unstated request, or (passive) "this was rejected by X".
      {"reject", {}, {"trigger"}},
  };
  return kActions;
}

}  // namespace demarche
